package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The part of the city a transfer crosses, set up through org-service as the city's organisation department
 * would: two towns, a branch in each, and an administrator (ORG_ADMIN) for each of the four. The sending
 * branch is in town 1, the receiving one in town 2, so an in-city transfer is approved by town 1, then
 * town 2.
 */
final class TransferTree {
    private static final String PASSWORD = "Transfer-Admin-Passw0rd";

    final Api api;
    final Api.Session city;
    /** Branch A's organisation code, as a member import sheet names it. */
    final String branchACode;
    final long town1;
    final long branchA;
    final long town2;
    final long branchC;
    final Api.Session town1Admin;
    final Api.Session town2Admin;
    final Api.Session branchAAdmin;
    private final String branchAAdminUsername;
    final Api.Session branchCAdmin;

    TransferTree(Platform platform) {
        api = new Api(platform.gateway());
        city = api.login("admin", Platform.ADMIN_PASSWORD);
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        branchACode = "320583-T" + tag + "-A";
        town1 = org(root, "320583-T" + tag + "-1", "张浦镇党委" + tag, "COMMITTEE", "TOWN");
        branchA = org(town1, branchACode, "张浦一村党支部" + tag, "BRANCH", "VILLAGE");
        town2 = org(root, "320583-T" + tag + "-2", "千灯镇党委" + tag, "COMMITTEE", "TOWN");
        branchC = org(town2, "320583-T" + tag + "-C", "千灯三村党支部" + tag, "BRANCH", "VILLAGE");
        town1Admin = admin("zp-" + tag, town1);
        town2Admin = admin("qd-" + tag, town2);
        branchAAdminUsername = "zp1-" + tag;
        branchAAdmin = admin(branchAAdminUsername, branchA);
        branchCAdmin = admin("qd3-" + tag, branchC);
    }

    /** Branch A's administrator signed in afresh: a session whose access token has its whole life ahead. */
    Api.Session branchAAdminSignedInAgain() {
        return api.login(branchAAdminUsername, PASSWORD + "-new");
    }

    private long org(long parent, String code, String name, String type, String category) {
        Api.Reply created = city.post("/api/orgs", Map.of("parentId", String.valueOf(parent), "code", code,
                "name", name, "type", type, "category", category));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private Api.Session admin(String username, long orgId) {
        Api.Reply created = city.post("/api/auth/accounts", Map.of("username", username, "password", PASSWORD,
                "orgId", String.valueOf(orgId), "roles", List.of("ORG_ADMIN")));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return api.firstLogin(username, PASSWORD, PASSWORD + "-new");
    }

    /** A full member of branch A, registered through member-service; returns the member's id. */
    long member(String name, LocalDate birth, boolean male) {
        return member(name, birth, male, null);
    }

    /** The same, with a mobile phone (notices go to it); null for none. */
    long member(String name, LocalDate birth, boolean male, String phone) {
        Map<String, Object> member = new HashMap<>(Map.of("orgId", String.valueOf(branchA), "name", name,
                "gender", male ? "MALE" : "FEMALE", "idNumber", IdNumbers.make(birth, male),
                "birthDate", birth.toString(), "joinDate", birth.plusYears(25).toString(), "standing", "FULL"));
        if (phone != null) {
            member.put("phone", phone);
        }
        Api.Reply[] created = new Api.Reply[1];
        // member-service learns a new branch from org-service's events a moment after it is created
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            created[0] = city.post("/api/members", member);
            return created[0].status() != 400 && created[0].status() != 404;
        });
        assertThat(created[0].status()).as(created[0].raw().body()).isEqualTo(201);
        return created[0].body().get("id").asLong();
    }

    /**
     * Branch A's administrator registers this application to join, waiting while recruitment-service has not yet
     * heard of the branch (it learns it from events); the answer is returned as it is.
     */
    Api.Reply applyToJoin(Map<String, Object> application) {
        Api.Reply[] opened = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            opened[0] = branchAAdmin.post("/api/recruitment/cases", application);
            return opened[0].status() != 404 && opened[0].status() != 400;
        });
        return opened[0];
    }

    /**
     * An applicant of branch A who applied today, with this phone; returns the case id once org-service opened the
     * applicant's SMS-login account (username {@code a<case id>}).
     */
    String applicant(String name, LocalDate birth, boolean male, String phone) {
        Api.Reply opened = applyToJoin(Map.of("name", name, "gender", male ? "1" : "2",
                "idNumber", IdNumbers.make(birth, male), "phone", phone, "workUnit", "昆山市玉山镇城北社区",
                "education", "21", "ethnicity", "01", "applicationDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "orgId", String.valueOf(branchA)));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String caseId = opened.body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> city
                .get("/api/auth/audit?username=a" + caseId + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        return caseId;
    }

    /** A mobile number no other test uses (in all likelihood). */
    static String phone() {
        return "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Branch A moves a member to branch C. */
    static Map<String, Object> inCity(long memberId, long toBranch) {
        return Map.of("memberId", String.valueOf(memberId), "kind", "IN_CITY", "toOrgId", String.valueOf(toBranch),
                "reasonCode", "01", "plannedDate", LocalDate.now().plusDays(7).toString());
    }

    /**
     * Registers a transfer, waiting while transfer-service has not yet heard of the member or the
     * organisations (it learns both from events); any other answer is returned as it is.
     */
    static Api.Reply register(Api.Session registrar, Map<String, Object> request) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            reply[0] = registrar.post("/api/transfers", request);
            return reply[0].status() != 404;
        });
        return reply[0];
    }

    static String status(JsonNode transfer) {
        return transfer.get("status").asString();
    }
}
