package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite, a login burst: 50 sign-ins at once (30 right, 20 wrong, on two accounts) while an administrator
 * reads members, organisations and transfers. Password hashing is the most expensive thing the platform does, so the
 * burst must be bounded where it costs (429 problems beyond the bound, 503 at worst, never a 500), org-service must
 * stay registered, and the reads beside it must keep being answered.
 */
@Order(Integer.MAX_VALUE - 3)
class LoginBurstE2eTest {
    private static final String PASSWORD = "Burst-Passw0rd-2026";

    @Test
    void fiftyLoginsAtOnceAreBoundedAndTheOtherServicesKeepAnswering() throws Exception {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String right = "burst-right-" + tag;
        String wrong = "burst-wrong-" + tag;
        for (String username : List.of(right, wrong)) {
            Api.Reply created = city.post("/api/auth/accounts", Map.of("username", username, "password", PASSWORD,
                    "orgId", String.valueOf(root), "roles", List.of("ORG_ADMIN")));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            api.firstLogin(username, PASSWORD, PASSWORD + "-new");
        }

        AtomicBoolean bursting = new AtomicBoolean(true);
        Map<Integer, Integer> reads = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(51);
        try {
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                List<String> paths = List.of("/api/members?page=1&size=5", "/api/orgs/tree", "/api/transfers?page=1&size=5");
                for (int i = 0; bursting.get() || i < 6; i++) {
                    int status = city.get(paths.get(i % paths.size())).status();
                    synchronized (reads) {
                        reads.merge(status, 1, Integer::sum);
                    }
                }
            }, pool);
            List<CompletableFuture<Api.Reply>> logins = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                boolean correct = i % 5 < 3;
                Map<String, Object> body = Map.of("username", correct ? right : wrong,
                        "password", correct ? PASSWORD + "-new" : "Not-The-Passw0rd-" + i);
                logins.add(CompletableFuture.supplyAsync(() -> api.send("POST", "/api/auth/login", body, null, Map.of()), pool));
            }
            Map<Integer, Integer> burst = new TreeMap<>();
            List<String> unbounded = new ArrayList<>();
            for (CompletableFuture<Api.Reply> login : logins) {
                Api.Reply reply = login.join();
                burst.merge(reply.status(), 1, Integer::sum);
                boolean problem = String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json");
                if (reply.status() >= 500 && reply.status() != 503 || reply.status() >= 400 && !problem) {
                    unbounded.add(reply.status() + " " + reply.raw().body());
                }
            }
            bursting.set(false);
            reader.join();

            System.out.printf("Login burst: 50 at once (30 right, 20 wrong) answered %s; reads beside it %s%n", burst, reads);
            Reliability.record("login burst", "50 at once answered %s, %d unbounded; reads beside it %s".formatted(burst,
                    unbounded.size(), reads));
            assertThat(unbounded).as("answers that were neither a sign-in nor a bounded refusal").isEmpty();
            assertThat(burst.getOrDefault(200, 0)).as("right passwords that got in").isPositive();
            assertThat(reads.keySet()).as("reads during the burst").containsOnly(200);
            assertThat(api.login(right, PASSWORD + "-new").accessToken()).as("org-service still signs in").isNotBlank();
        } finally {
            pool.shutdownNow();
        }
    }
}
