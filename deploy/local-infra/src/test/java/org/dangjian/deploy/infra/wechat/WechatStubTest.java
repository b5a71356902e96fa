package org.dangjian.deploy.infra.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local WeChat stub answers org-service's and notify-service's calls the way WeChat does. */
class WechatStubTest {
    private static final Instant NOW = Instant.parse("2027-03-01T01:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    @TempDir
    Path run;
    private WechatStub stub;
    private Path messages;

    @BeforeEach
    void start() throws Exception {
        messages = run.resolve("logs/wechat-messages.log");
        stub = WechatStub.start(new WechatRules(messages, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aDevCodeLogsInTheSameWechatUserEveryTime() throws Exception {
        JsonNode first = login(WechatRules.APP_ID, WechatRules.SECRET, "dev:alice");
        JsonNode again = login(WechatRules.APP_ID, WechatRules.SECRET, "dev:alice");

        assertThat(first.get("openid").asString()).isEqualTo("dev-openid-alice");
        assertThat(first.has("errcode")).isFalse();
        assertThat(again.get("openid").asString()).isEqualTo("dev-openid-alice");
        assertThat(login(WechatRules.APP_ID, WechatRules.SECRET, "dev:bob").get("openid").asString())
                .isEqualTo("dev-openid-bob");
    }

    @Test
    void aCodeOfAnyOtherShapeIsRefusedAsWechatRefusesACodeItNeverIssued() throws Exception {
        for (String code : List.of("0a3Xk2000ab1cD1eFg200hIjKl3Xk20B", "dev:", "dev:a b", "DEV:alice")) {
            JsonNode answer = login(WechatRules.APP_ID, WechatRules.SECRET, code);
            assertThat(answer.get("errcode").asInt()).as(code).isEqualTo(40029);
            assertThat(answer.has("openid")).isFalse();
        }
    }

    @Test
    void wrongAppCredentialsAreRefusedWithWechatsCodes() throws Exception {
        assertThat(login("wx-other", WechatRules.SECRET, "dev:alice").get("errcode").asInt()).isEqualTo(40013);
        assertThat(login(WechatRules.APP_ID, "wrong", "dev:alice").get("errcode").asInt()).isEqualTo(40125);
        assertThat(post("/cgi-bin/stable_token", """
                {"grant_type":"client_credential","appid":"wx-local-dev","secret":"wrong","force_refresh":false}""")
                .get("errcode").asInt()).isEqualTo(40125);
    }

    @Test
    void aSubscribeMessageSentWithTheTokenIsAcceptedAndWrittenAsOneJsonLine() throws Exception {
        String token = token();

        JsonNode answer = post("/cgi-bin/message/subscribe/send?access_token=" + enc(token), """
                {"touser":"dev-openid-alice","template_id":"TPL-birthday","page":"pages/index/index",
                 "data":{"thing1":{"value":"张三"},"number2":{"value":"21"}},"miniprogram_state":"formal","lang":"zh_CN"}""");

        assertThat(answer.get("errcode").asInt()).isZero();
        assertThat(answer.get("msgid").asLong()).isPositive();
        List<String> lines = Files.readAllLines(messages, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode written = json.readTree(lines.get(0));
        assertThat(written.get("at").asString()).isEqualTo(NOW.toString());
        assertThat(written.get("msgid").asLong()).isEqualTo(answer.get("msgid").asLong());
        assertThat(written.get("touser").asString()).isEqualTo("dev-openid-alice");
        assertThat(written.get("template_id").asString()).isEqualTo("TPL-birthday");
        assertThat(written.get("data").get("thing1").get("value").asString()).isEqualTo("张三");
    }

    @Test
    void aMessageWithAnotherTokenOrWithoutRecipientTemplateOrDataIsRefusedAndNotWritten() throws Exception {
        String message = """
                {"touser":"dev-openid-alice","template_id":"TPL","data":{"thing1":{"value":"x"}}}""";
        String path = "/cgi-bin/message/subscribe/send?access_token=";
        assertThat(post(path + "stale-token", message).get("errcode").asInt()).isEqualTo(40001);

        String token = enc(token());
        assertThat(post(path + token, """
                {"template_id":"TPL","data":{}}""").get("errcode").asInt()).isEqualTo(40003);
        assertThat(post(path + token, """
                {"touser":"dev-openid-alice","data":{}}""").get("errcode").asInt()).isEqualTo(40037);
        assertThat(post(path + token, """
                {"touser":"dev-openid-alice","template_id":"TPL"}""").get("errcode").asInt()).isEqualTo(47001);
        assertThat(post(path + token, "not json").get("errcode").asInt()).isEqualTo(47001);
        assertThat(messages).doesNotExist();
    }

    @Test
    void answersAreJsonSentAsTextPlainAsWechatSendsThem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stub.baseUrl()
                + "/sns/jscode2session?appid=x&secret=y&js_code=z&grant_type=authorization_code")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
    }

    private String token() throws Exception {
        JsonNode answer = post("/cgi-bin/stable_token", """
                {"grant_type":"client_credential","appid":"wx-local-dev","secret":"local-dev-secret","force_refresh":false}""");
        assertThat(answer.get("expires_in").asInt()).isEqualTo(7200);
        String token = answer.get("access_token").asString();
        assertThat(token).isNotBlank();
        return token;
    }

    private JsonNode login(String appId, String secret, String code) throws Exception {
        URI uri = URI.create(stub.baseUrl() + "/sns/jscode2session?appid=" + enc(appId) + "&secret=" + enc(secret)
                + "&js_code=" + enc(code) + "&grant_type=authorization_code");
        return json.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String pathAndQuery, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
