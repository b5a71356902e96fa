package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password guessing in parallel: every guess counts, the lockout cannot be outrun, and guesses beyond what the lockout
 * allows are turned away before any password is hashed.
 */
@TestPropertySource(properties = "dj.admin.password=" + OrgApiTest.ADMIN_PASSWORD)
class LoginGuessingTest extends ServiceApiTest {
    private static final String WRONG = "Wrong-password-1";

    @Test
    void wrongGuessesCheckedAtTheSameTimeAreEachCounted() throws Exception {
        String username = account();

        List<Integer> statuses = atOnce(4, () -> post(null, "/api/auth/login", Map.of("username", username, "password", WRONG)));

        assertThat(statuses).containsOnly(401);
        // read before the hash and written after it, overlapping guesses used to count once
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM account WHERE username = ?", Integer.class, username))
                .isEqualTo(4);
    }

    @Test
    void thirtyConcurrentWrongLoginsLockTheAccountAndOnlyTheAllowedGuessesAreChecked() throws Exception {
        String username = account();

        List<String> answers = atOnceAnswers(30, () -> post(null, "/api/auth/login", Map.of("username", username, "password", WRONG)));

        // a guess turned away unchecked answers 429, or 401 ACCOUNT_LOCKED once the fifth checked one has locked it
        assertThat(answers).isSubsetOf("401 BAD_CREDENTIALS", "401 ACCOUNT_LOCKED", "429 LOGIN_ATTEMPTS_TOO_MANY");
        assertThat(answers.stream().filter("401 BAD_CREDENTIALS"::equals).count()).as("guesses whose password was checked")
                .isLessThanOrEqualTo(5);
        MvcTestResult right = post(null, "/api/auth/login", Map.of("username", username, "password", OrgApiTest.STRONG));
        assertThat(right).hasStatus(401);
        assertThat(body(right).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCOUNT_LOCK' AND username = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginGivesTheAccountItsAttemptsBack() {
        String username = account();
        for (int i = 0; i < 4; i++) {
            assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", WRONG))).hasStatus(401);
        }
        assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", OrgApiTest.STRONG))).hasStatus(200);
        for (int i = 0; i < 4; i++) {
            assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", WRONG))).hasStatus(401);
        }
    }

    /** Tokens are kept by no browser, proxy or idempotency store: a retried call runs again instead. */
    @Test
    void answersCarryingTokensAreMarkedNoStoreAndNeverReplayed() {
        String username = account();
        MvcTestResult login = post(null, "/api/auth/login", Map.of("username", username, "password", OrgApiTest.STRONG),
                "retry-" + UUID.randomUUID());
        assertThat(login).hasStatus(200);
        assertThat(login.getResponse().getHeader("Cache-Control")).contains("no-store");

        String token = body(login).get("accessToken").asString();
        String key = "retry-" + UUID.randomUUID();
        Map<String, String> change = Map.of("oldPassword", OrgApiTest.STRONG, "newPassword", "Changed-Secretary-2026");
        MvcTestResult changed = post(token, "/api/auth/password", change, key);
        assertThat(changed).hasStatus(200);
        assertThat(changed.getResponse().getHeader("Cache-Control")).contains("no-store");
        // the same key again is not served the first answer's tokens from Redis: it runs again, and the change revoked
        // the token it was made with
        MvcTestResult again = post(token, "/api/auth/password", change, key);
        assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isNull();
        assertThat(again).hasStatus(401);
    }

    /** An auditor account with a known password, no first-login change pending. */
    private String account() {
        String admin = ok(post(null, "/api/auth/login", Map.of("username", "admin", "password", OrgApiTest.ADMIN_PASSWORD)))
                .get("accessToken").asString();
        long root = ok(get(admin, "/api/auth/me")).get("orgId").asLong();
        String username = "guess_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", username, "password", OrgApiTest.STRONG,
                "orgId", String.valueOf(root), "roles", List.of("AUDITOR")))).hasStatus(201);
        jdbc.update("UPDATE account SET must_change_password = FALSE WHERE username = ?", username);
        return username;
    }

    /** Sends {@code n} requests released together; their statuses. */
    private static List<Integer> atOnce(int n, java.util.concurrent.Callable<MvcTestResult> call) throws Exception {
        return sentTogether(n, call).stream().map(r -> r.getResponse().getStatus()).toList();
    }

    /** Sends {@code n} requests released together; each answer as its status and problem code ("401 BAD_CREDENTIALS"). */
    private List<String> atOnceAnswers(int n, java.util.concurrent.Callable<MvcTestResult> call) throws Exception {
        return sentTogether(n, call).stream()
                .map(r -> r.getResponse().getStatus() + " " + body(r).path("code").asString()).toList();
    }

    private static List<MvcTestResult> sentTogether(int n, java.util.concurrent.Callable<MvcTestResult> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcTestResult>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<MvcTestResult> answers = new ArrayList<>();
            for (Future<MvcTestResult> f : sent) {
                answers.add(f.get(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
