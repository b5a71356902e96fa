package org.dangjian.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dj.registry.password=" + RegistryApplicationTest.PASSWORD)
class RegistryApplicationTest {
    static final String PASSWORD = "registry-test-secret";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eurekaAppsEndpointAnswersThePlatform() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/eureka/apps")).header("Authorization", basic("dangjian", PASSWORD)).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"applications\"");
    }

    @Test
    void aStrangerCanNeitherRegisterAsOrgServiceNorReadTheRegistry() throws Exception {
        String rogue = """
                {"instance":{"instanceId":"rogue","hostName":"10.9.9.9","app":"ORG-SERVICE","ipAddr":"10.9.9.9",
                "status":"UP","port":{"$":8080,"@enabled":"true"},"dataCenterInfo":{
                "@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"}}}""";
        HttpResponse<String> register = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/eureka/apps/ORG-SERVICE")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rogue)));
        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/eureka/apps/ORG-SERVICE")).header("Content-Type", "application/json")
                .header("Authorization", basic("dangjian", "guess")).POST(HttpRequest.BodyPublishers.ofString(rogue)));

        assertThat(register.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(get("/eureka/apps").statusCode()).isEqualTo(401);
        HttpResponse<String> apps = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/eureka/apps")).header("Authorization", basic("dangjian", PASSWORD)).GET());
        assertThat(apps.body()).doesNotContain("rogue");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
