package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform through the gateway: a city administrator builds a tree, a branch administrator
 * registers members, scopes hold, a move propagates by event, bad tokens and bad input are refused,
 * limits and outages answer with problem details.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformE2eTest {
    private static final String STRONG = "Branch-Secretary-9pm";
    private static Api api;
    private static Api.Session city;
    private static long root;
    private static long town1;
    private static long town2;
    private static long branchA;
    private static long branchB;
    private static String rootPath;

    @BeforeAll
    static void startPlatformAndBuildTheTree() {
        api = new Api(Platform.get().gateway());
        city = api.login("admin", Platform.ADMIN_PASSWORD);
        JsonNode me = ok(city.get("/api/auth/me"));
        assertThat(me.get("roles").toString()).contains("CITY_ADMIN");
        root = me.get("orgId").asLong();
        rootPath = me.get("orgPath").asString();
        town1 = createOrg(root, "玉山镇党委", "COMMITTEE", "TOWN");
        town2 = createOrg(root, "周市镇党委", "COMMITTEE", "TOWN");
        branchA = createOrg(town1, "城北社区党支部", "BRANCH", "COMMUNITY");
        branchB = createOrg(town1, "城南社区党支部", "BRANCH", "COMMUNITY");
    }

    @Test
    @Order(1)
    void branchAdminRegistersInOwnBranchAndCannotSeeAnotherBranch() {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "admin-a", "password", STRONG,
                "orgId", String.valueOf(branchA), "roles", List.of("ORG_ADMIN"))).status()).isEqualTo(201);
        Api.Session adminA = api.firstLogin("admin-a", STRONG, STRONG + "-new");

        long memberA = register(adminA, branchA, "张三", LocalDate.of(1990, 3, 15), true);
        long memberB = register(city, branchB, "李四", LocalDate.of(1985, 6, 1), false);

        Api.Reply own = adminA.get("/api/members/" + memberA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("phone").asString()).contains("****");
        assertThat(own.body().get("idNumber").asString()).contains("**********");

        Api.Reply other = adminA.get("/api/members/" + memberB);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("MEMBER_NOT_FOUND");
        assertThat(adminA.get("/api/members?orgId=" + town1 + "&subtree=true").status())
                .as("A's admin cannot list the town above it").isEqualTo(404);

        JsonNode town = ok(city.get("/api/members?orgId=" + town1 + "&subtree=true&page=1&size=50"));
        assertThat(town.get("items").findValuesAsString("id")).contains(String.valueOf(memberA), String.valueOf(memberB));
        assertThat(town.get("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void movingABranchMovesItsMembersInEveryListing() {
        long member = register(city, branchA, "王五", LocalDate.of(1979, 11, 30), true);
        assertThat(ok(city.post("/api/orgs/" + branchA + "/move", Map.of("newParentId", String.valueOf(town2))))
                .get("path").asString()).isEqualTo(rootPath + town2 + "/" + branchA + "/");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(ok(city.get("/api/members?orgId=" + town2 + "&subtree=true&size=100"))
                        .get("items").findValuesAsString("id")).contains(String.valueOf(member)));
        assertThat(ok(city.get("/api/members?orgId=" + town1 + "&subtree=true&size=100"))
                .get("items").findValuesAsString("id")).doesNotContain(String.valueOf(member));
    }

    @Test
    @Order(3)
    void malformedMemberGets400NamingEachField() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("orgId", String.valueOf(branchB));
        bad.put("gender", "MALE");
        bad.put("idNumber", "320583199003151230");
        bad.put("birthDate", "1990-03-15");
        bad.put("joinDate", "2015-07-01");
        bad.put("standing", "FULL");
        Api.Reply reply = city.post("/api/members", bad);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.body().get("errors").findValuesAsString("field")).contains("name", "idNumber");

        Api.Reply malformed = api.send("POST", "/api/members", "{\"name\": ", city.accessToken(), Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    @Order(4)
    void tamperedMissingAndLoggedOutTokensGet401() {
        String token = city.accessToken();
        String[] parts = token.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("CITY_ADMIN", "CITY_ADMIM").getBytes());
        Api.Reply tampered = api.send("GET", "/api/members", null, parts[0] + "." + forgedClaims + "." + parts[2], Map.of());
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tampered.header("X-Trace-Id")).isNotBlank();

        assertThat(api.send("GET", "/api/members", null, null, Map.of()).status()).isEqualTo(401);

        Api.Session leaving = api.login("admin", Platform.ADMIN_PASSWORD);
        assertThat(leaving.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(api.send("GET", "/api/auth/me", null, leaving.accessToken(), Map.of()).status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void expiredTokenGets401() throws InterruptedException {
        Api.Session soon = api.login("admin", Platform.ADMIN_PASSWORD);
        Thread.sleep((Platform.TOKEN_SECONDS + 2) * 1000L);
        Api.Reply expired = api.send("GET", "/api/orgs/" + root, null, soon.accessToken(), Map.of());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isIn("TOKEN_EXPIRED", "UNAUTHORIZED");
        assertThat(soon.get("/api/orgs/" + root).status()).as("the client refreshes and goes on").isEqualTo(200);
    }

    @Test
    @Order(6)
    void callsPastTheRateLimitGet429() throws Exception {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "hammer", "password", STRONG,
                "orgId", String.valueOf(branchB), "roles", List.of("AUDITOR"))).status()).isEqualTo(201);
        String token = api.firstLogin("hammer", STRONG, STRONG + "-new").accessToken();
        int calls = Platform.RATE_BURST * 3;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                replies.add(pool.submit(() -> api.send("GET", "/api/orgs/" + branchB, null, token, Map.of())));
            }
            List<Api.Reply> limited = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                if (r.status() == 429) {
                    limited.add(r);
                }
            }
            assertThat(limited).isNotEmpty();
            assertThat(limited.get(0).code()).isEqualTo("TOO_MANY_REQUESTS");
        } finally {
            pool.shutdownNow();
        }
        assertThat(city.get("/api/orgs/" + root).status()).as("other accounts are not limited").isEqualTo(200);
    }

    @Test
    @Order(7)
    void aStoppedServiceAnswers503QuicklyNotAHang() {
        Platform.get().stop("member-service");
        try {
            long started = System.nanoTime();
            Api.Reply reply = city.get("/api/members");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.code()).isEqualTo("SERVICE_UNAVAILABLE");
            System.out.printf("e2e: 503 from the gateway with member-service stopped took %d ms%n", millis);
            assertThat(city.get("/api/orgs/" + root).status()).as("other services stay up").isEqualTo(200);
        } finally {
            // other test classes share this platform
            Platform.get().start("member-service");
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> city.get("/api/members").status() == 200);
    }

    private static long createOrg(long parent, String name, String type, String category) {
        Api.Reply reply = city.post("/api/orgs", Map.of("parentId", String.valueOf(parent), "name", name,
                "type", type, "category", category));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }

    /** Registers a member, waiting until member-service has heard of a just-created branch. */
    private static long register(Api.Session who, long orgId, String name, LocalDate birth, boolean male) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", String.valueOf(orgId));
        m.put("name", name);
        m.put("gender", male ? "MALE" : "FEMALE");
        m.put("idNumber", IdNumbers.make(birth, male));
        m.put("phone", "139" + String.format("%08d", (long) (Math.random() * 100_000_000L)));
        m.put("birthDate", birth.toString());
        m.put("joinDate", birth.plusYears(30).toString());
        m.put("standing", "FULL");
        Api.Reply[] last = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = who.post("/api/members", m);
            return last[0].status() != 400 || !last[0].raw().body().contains("orgId");
        });
        assertThat(last[0].status()).as(last[0].raw().body()).isEqualTo(201);
        return last[0].body().get("id").asLong();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.body();
    }
}
