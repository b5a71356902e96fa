package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An SMS provider outage through the whole platform: notify-service, restarted to use Alibaba Cloud's
 * API at a local stub, meets HTTP 500 three times for a login code, tries again with back-off, and the
 * code goes out once the provider recovers: one message, sent, nothing lost. notify-service is put back
 * on the log provider afterwards.
 */
class SmsOutageE2eTest {

    @Test
    void aProviderOutageEndsInRetriesThenSuccessWithNothingLost() throws Exception {
        Platform platform = Platform.get();
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        JsonNode template = city.get("/api/notifications/templates/LOGIN_CODE").body();
        Api.Reply mapped = api.send("PUT", "/api/notifications/templates/LOGIN_CODE", Map.of("text",
                template.get("text").asString(), "aliyunCode", "SMS_E2E_LOGIN"), city.accessToken(), Map.of());
        assertThat(mapped.status()).as(mapped.raw().body()).isEqualTo(200);

        try (AliyunSmsStub stub = new AliyunSmsStub()) {
            platform.restart("notify-service", Map.of("DJ_NOTIFY_SMS_PROVIDER", "aliyun",
                    "DJ_NOTIFY_SMS_ALIYUN_ENDPOINT", stub.url(), "DJ_NOTIFY_SMS_ALIYUN_ACCESSKEYID", "e2e-key-id",
                    "DJ_NOTIFY_SMS_ALIYUN_ACCESSKEYSECRET", "e2e-key-secret", "DJ_NOTIFY_SMS_ALIYUN_SIGNNAME", "党建云"));
            try {
                String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
                long root = city.get("/api/auth/me").body().get("orgId").asLong();
                Api.Reply branch = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "code", "320583-O" + tag,
                        "name", "市级机关第" + tag + "党支部", "type", "BRANCH", "category", "GOVERNMENT"));
                assertThat(branch.status()).as(branch.raw().body()).isEqualTo(201);
                String phone = TransferTree.phone();
                long member = NotifyE2eTest.member(city, branch.body().get("id").asLong(), "范平", phone);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                        city.get("/api/auth/audit?username=m" + member + "&action=ACCOUNT_CREATE").body()
                                .get("total").asInt() > 0);
                stub.failNext(phone, 3);

                assertThat(api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of()).status())
                        .isEqualTo(202);

                JsonNode[] log = new JsonNode[1];
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    log[0] = city.get("/api/notifications/messages?kind=LOGIN_CODE&recipient=" + phone).body();
                    return log[0].has("counts") && log[0].get("counts").get("SENT").asInt() == 1;
                });
                assertThat(log[0].get("total").asInt()).as("one message, however many tries").isEqualTo(1);
                assertThat(log[0].get("items").get(0).get("attempts").asInt()).isEqualTo(4);
                assertThat(stub.calls(phone)).as("three refused, the fourth accepted").isEqualTo(4);
            } finally {
                platform.restart("notify-service", Map.of());
            }
        }
    }
}
