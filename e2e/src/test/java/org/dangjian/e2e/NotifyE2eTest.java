package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * notify-service through the gateway, with the platform's default {@code log} SMS provider: a transfer
 * completed in transfer-service gives the member and each branch's administrator one SMS, on record in
 * the message log (sent, or held for the morning when the test runs in China's quiet hours), and still
 * one when Kafka delivers the event again; a sixth SMS to one phone on one day is held back; a login
 * code goes out at once, whatever the hour, and is never shown in clear.
 */
class NotifyE2eTest {
    private static final String PASSWORD = "Notify-Admin-Passw0rd";

    @Test
    void a_completed_transfer_texts_the_member_and_both_branch_administrators_once() {
        Platform platform = Platform.get();
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long town = org(city, root, "N" + tag, "陆家镇党委" + tag, "COMMITTEE", "TOWN");
        long branchA = org(city, town, "N" + tag + "-A", "陆家一村党支部" + tag, "BRANCH", "VILLAGE");
        long branchB = org(city, town, "N" + tag + "-B", "陆家二村党支部" + tag, "BRANCH", "VILLAGE");
        String adminAPhone = phone();
        String adminBPhone = phone();
        Api.Session townAdmin = admin(api, city, "nt-" + tag, town, phone());
        Api.Session adminA = admin(api, city, "na-" + tag, branchA, adminAPhone);
        Api.Session adminB = admin(api, city, "nb-" + tag, branchB, adminBPhone);
        String memberPhone = phone();
        long member = member(city, branchA, "沈建华", memberPhone);

        Api.Reply registered = TransferTree.register(adminA, Map.of("memberId", String.valueOf(member),
                "kind", "IN_CITY", "toOrgId", String.valueOf(branchB), "reasonCode", "07",
                "plannedDate", LocalDate.now().plusDays(3).toString()));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String transfer = registered.body().get("id").asString();
        assertThat(townAdmin.post("/api/transfers/" + transfer + "/approve", Map.of()).status()).isEqualTo(200);
        assertThat(adminB.post("/api/transfers/" + transfer + "/arrive", Map.of()).status()).isEqualTo(200);

        // Between 21:00 and 08:00 China time the notices wait for the morning (held), otherwise they go out.
        String expected = quietHoursInChina() ? "HELD" : "SENT";
        JsonNode[] log = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            log[0] = city.get("/api/notifications/messages?kind=TRANSFER_COMPLETED&orgId=" + town).body();
            return log[0].get("counts").get(expected).asInt() == 3;
        });
        assertThat(log[0].get("total").asInt()).as("one message per recipient").isEqualTo(3);
        List<String> recipients = log[0].get("items").findValuesAsString("recipient");
        assertThat(recipients).containsExactlyInAnyOrder(masked(memberPhone), masked(adminAPhone), masked(adminBPhone));
        assertThat(log[0].get("items").get(0).get("text").asString()).contains("沈建华", "陆家一村党支部", "陆家二村党支部");

        // Kafka delivers at least once: the same transfer.completed again gives nobody a second SMS
        Events.redeliver("dj.transfer.v1", "dj.transfer.completed.v1",
                e -> e.path("transferId").asString().equals(transfer), Duration.ofSeconds(30));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                city.get("/api/notifications/messages?kind=TRANSFER_COMPLETED&orgId=" + town).body().get("total").asInt() == 3);

        JsonNode branchAView = adminA.get("/api/notifications/messages?kind=TRANSFER_COMPLETED").body();
        assertThat(branchAView.get("items").findValuesAsString("recipient"))
                .as("branch A's administrator sees branch A's messages only")
                .containsExactlyInAnyOrder(masked(memberPhone), masked(adminAPhone));
    }

    @Test
    void a_sixth_sms_to_one_phone_on_one_day_is_held_back() {
        Platform platform = Platform.get();
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long town = org(city, root, "S" + tag, "花桥镇党委" + tag, "COMMITTEE", "TOWN");
        long branch = org(city, town, "S" + tag + "-A", "花桥一村党支部" + tag, "BRANCH", "VILLAGE");
        String phone = phone();
        long member = member(city, branch, "顾红", phone);
        String path = "/" + root + "/" + town + "/" + branch + "/";
        // six greetings on one day stand in for six notices (member-service's nightly job announces
        // birthdays; here they are published as it would)
        for (int i = 0; i < 6; i++) {
            Events.publish("dj.member.v1", String.valueOf(member), "dj.member.political-birthday.v1", Map.of(
                    "memberId", member, "orgId", branch, "orgPath", path, "name", "顾红",
                    "joinDate", "2012-07-01", "years", 14, "date", LocalDate.now().toString()));
        }
        JsonNode[] log = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            log[0] = city.get("/api/notifications/messages?kind=POLITICAL_BIRTHDAY&recipient=" + phone).body();
            return log[0].get("total").asInt() == 6;
        });
        assertThat(log[0].get("items").findValuesAsString("heldReason")).as("five may go (now or in the morning),"
                + " the sixth waits for an administrator").containsOnlyOnce("DAILY_LIMIT");
    }

    @Test
    void a_login_code_goes_out_at_once_and_neither_the_topic_nor_the_log_shows_it() {
        Platform platform = Platform.get();
        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long branch = org(city, root, "L" + tag, "市级机关第" + tag + "党支部", "BRANCH", "GOVERNMENT");
        String phone = phone();
        long member = member(city, branch, "陆敏", phone);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                city.get("/api/auth/audit?username=m" + member + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        assertThat(api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of()).status()).isEqualTo(202);
        JsonNode opened = Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30));
        String code = opened.get("code").asString();
        JsonNode onTheTopic = Events.await("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> e.get("accountId").asLong() == opened.get("accountId").asLong(), Duration.ofSeconds(30));
        assertThat(onTheTopic.get("phone").asString()).as("the topic keeps events for days: sealed")
                .doesNotContain(phone.substring(3));
        assertThat(onTheTopic.get("code").asString()).doesNotContain(code);

        JsonNode[] log = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            log[0] = city.get("/api/notifications/messages?kind=LOGIN_CODE&recipient=" + phone).body();
            return log[0].get("counts").get("SENT").asInt() == 1;
        });
        assertThat(log[0].get("items").get(0).get("text").asString()).contains("******").doesNotContain(code);
    }

    private static long org(Api.Session city, long parent, String code, String name, String type, String category) {
        Api.Reply created = city.post("/api/orgs", Map.of("parentId", String.valueOf(parent), "code", "320583-" + code,
                "name", name, "type", type, "category", category));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static Api.Session admin(Api api, Api.Session city, String username, long orgId, String phone) {
        Api.Reply created = city.post("/api/auth/accounts", Map.of("username", username, "password", PASSWORD,
                "orgId", String.valueOf(orgId), "roles", List.of("ORG_ADMIN"), "phone", phone, "displayName", "书记"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return api.firstLogin(username, PASSWORD, PASSWORD + "-new");
    }

    /** A full member with a phone, registered through member-service once it knows the branch. */
    static long member(Api.Session city, long orgId, String name, String phone) {
        LocalDate birth = LocalDate.of(1988, 3, 9);
        Map<String, Object> m = Map.of("orgId", String.valueOf(orgId), "name", name, "gender", "MALE",
                "idNumber", IdNumbers.make(birth, true), "phone", phone, "birthDate", birth.toString(),
                "joinDate", "2012-07-01", "standing", "FULL");
        Api.Reply[] created = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            created[0] = city.post("/api/members", m);
            return created[0].status() != 400 && created[0].status() != 404;
        });
        assertThat(created[0].status()).as(created[0].raw().body()).isEqualTo(201);
        return created[0].body().get("id").asLong();
    }

    private static boolean quietHoursInChina() {
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        return !now.isBefore(java.time.LocalTime.of(21, 0)) || now.isBefore(java.time.LocalTime.of(8, 0));
    }

    private static String phone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
