package org.dangjian.kit.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The same conventions through a real Tomcat and a plain HTTP client: bytes, headers and charsets. */
@SpringBootTest(classes = WebKitTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dj.web.max-body-bytes=2048")
@UsesInfrastructure(schema = "dj_kit_test")
class OverHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void an_unknown_path_is_a_chinese_problem_in_utf8() throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri("/api/nowhere")));
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(body.get("title").asString()).isEqualTo("资源不存在");
        assertThat(body.get("traceId").asString()).isEqualTo(res.headers().firstValue("X-Trace-Id").orElseThrow());
    }

    @Test
    void an_oversized_body_is_refused_before_the_controller() throws Exception {
        String big = "{\"name\":\"" + "长".repeat(2000) + "\",\"foundedOn\":\"2020-01-01\",\"size\":3}";
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri("/api/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big, StandardCharsets.UTF_8)));
        assertThat(res.statusCode()).isEqualTo(413);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.get("title").asString()).isEqualTo("请求内容过大");
    }

    @Test
    void a_failure_is_a_500_problem_without_internals() throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri("/api/things/500")).header("Accept-Language", "en"));
        assertThat(res.statusCode()).isEqualTo(500);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(body.get("title").asString()).isEqualTo("Internal server error");
        assertThat(res.body()).doesNotContain("hunter2", "db-secret-host", "Exception");
    }

    @Test
    void a_created_thing_has_its_id_as_a_string() throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(uri("/api/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiTestBase.VALID, StandardCharsets.UTF_8)));
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("id").isString()).isTrue();
        assertThat(Long.parseLong(body.get("id").asString())).isGreaterThan(ThingController.BIG_ID_BASE);
        assertThat(body.get("name").asString()).isEqualTo("党支部");
        assertThat(res.headers().firstValue("Location")).hasValue("/api/things/" + body.get("id").asString());
    }
}
