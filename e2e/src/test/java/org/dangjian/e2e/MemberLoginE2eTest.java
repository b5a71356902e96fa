package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A member registered by the branch signs in on the mini-program with an SMS code. The code is read
 * from the event notify-service would deliver, as the issue asks.
 */
class MemberLoginE2eTest {

    @Test
    void aRegisteredMemberSignsInWithAnSmsCodeAndSeesOnlyTheirOwnRecord() {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long town = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "淀山湖镇党委",
                "type", "COMMITTEE", "category", "TOWN")).body().get("id").asLong();
        long branch = city.post("/api/orgs", Map.of("parentId", String.valueOf(town), "name", "淀山湖一支部",
                "type", "BRANCH", "category", "VILLAGE")).body().get("id").asLong();

        String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        Map<String, Object> member = Map.of("orgId", String.valueOf(branch), "name", "陈红", "gender", "FEMALE",
                "idNumber", IdNumbers.make(LocalDate.of(1993, 4, 12), false), "phone", phone,
                "birthDate", "1993-04-12", "joinDate", "2020-07-01", "standing", "FULL");
        Api.Reply[] created = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            created[0] = city.post("/api/members", member);
            return created[0].status() == 201;
        });
        long memberId = created[0].body().get("id").asLong();

        // org-service opens the member's account when member.registered reaches it.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                city.get("/api/auth/audit?username=m" + memberId + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);

        Api.Reply requested = api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of());
        assertThat(requested.status()).isEqualTo(202);
        JsonNode event = Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30));
        String code = event.get("code").asString();

        Api.Reply wrong = api.send("POST", "/api/auth/sms-login",
                Map.of("phone", phone, "code", code.equals("000000") ? "111111" : "000000"), null, Map.of());
        assertThat(wrong.status()).isEqualTo(401);

        Api.Reply signedIn = api.send("POST", "/api/auth/sms-login", Map.of("phone", phone, "code", code), null, Map.of());
        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        String token = signedIn.body().get("accessToken").asString();

        JsonNode me = api.send("GET", "/api/auth/me", null, token, Map.of()).body();
        assertThat(me.get("roles").toString()).contains("MEMBER");
        assertThat(me.get("memberId").asLong()).isEqualTo(memberId);
        Api.Reply own = api.send("GET", "/api/members/" + memberId, null, token, Map.of());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("name").asString()).isEqualTo("陈红");
        assertThat(api.send("GET", "/api/orgs/" + town + "/children", null, token, Map.of()).status())
                .as("a member does not browse the tree").isEqualTo(404);
    }
}
