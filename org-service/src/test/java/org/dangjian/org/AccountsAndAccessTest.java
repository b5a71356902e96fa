package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberUpdated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accounts and access as their users meet them: first-login password change, revocation after a change,
 * the audit log, member login by SMS code and by WeChat (against a local stub of WeChat's API).
 */
class AccountsAndAccessTest extends CityAdminApiTest {
    static final String INITIAL = "Initial-Pass-2026";
    static final String CHANGED = "Changed-Pass-2027!";
    /** WeChat's code-to-session stub: codes starting with "good-" name the open id "o-<code>". */
    static final HttpServer WECHAT = wechatStub();
    static final AtomicReference<String> LAST_WECHAT_QUERY = new AtomicReference<>();

    @DynamicPropertySource
    static void wechat(DynamicPropertyRegistry registry) {
        registry.add("dj.wechat.base-url", () -> "http://127.0.0.1:" + WECHAT.getAddress().getPort());
        registry.add("dj.wechat.app-id", () -> "wx-test-app");
        registry.add("dj.wechat.secret", () -> "wx-test-secret");
    }

    @Autowired
    StringRedisTemplate redis;

    // ---- accounts and first login ----

    @Test
    void anAccountKeepsItsPhoneEncryptedAndShowsItMasked() {
        String username = unique("secretary");
        JsonNode created = body(createAccount(username, rootId, "ORG_ADMIN", "13812345678"));
        assertThat(created.get("phone").asString()).isEqualTo("138****5678");
        assertThat(created.get("displayName").asString()).isEqualTo("张书记");
        Map<String, Object> row = jdbc.queryForMap("SELECT phone_enc, phone_idx, phone_masked FROM account WHERE username = ?",
                username);
        assertThat(String.valueOf(row.get("phone_enc"))).doesNotContain("13812345678");
        assertThat(String.valueOf(row.get("phone_idx"))).hasSize(64);

        MvcTestResult badPhone = post(admin, "/api/auth/accounts", Map.of("username", unique("x"), "password", INITIAL,
                "orgId", String.valueOf(rootId), "roles", List.of("AUDITOR"), "phone", "12345"));
        assertThat(badPhone).hasStatus(400);
        assertThat(body(badPhone).get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeAnythingElse() {
        String username = unique("newcomer");
        assertThat(createAccount(username, rootId, "ORG_ADMIN", null)).hasStatus(201);

        JsonNode first = ok(post(null, "/api/auth/login", Credentials.of(username, INITIAL)));
        assertThat(first.get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(first.hasNonNull("refreshToken")).as("no refresh token to escape the restriction").isFalse();
        String restricted = first.get("accessToken").asString();

        for (String uri : List.of("/api/auth/me", "/api/orgs/" + rootId, "/api/auth/audit")) {
            MvcTestResult refused = get(restricted, uri);
            assertThat(refused).as(uri).hasStatus(403);
            assertThat(body(refused).get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        }
        MvcTestResult english = mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + restricted)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        assertThat(body(english).get("title").asString()).isEqualTo("Change your initial password first");

        MvcTestResult same = post(restricted, "/api/auth/password", Map.of("oldPassword", INITIAL, "newPassword", INITIAL));
        assertThat(same).hasStatus(400);
        assertThat(body(same).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        MvcTestResult wrongOld = post(restricted, "/api/auth/password", Map.of("oldPassword", "Not-the-one-1", "newPassword", CHANGED));
        assertThat(wrongOld).hasStatus(400);
        assertThat(body(wrongOld).get("errors").get(0).get("field").asString()).isEqualTo("oldPassword");
        MvcTestResult weak = post(restricted, "/api/auth/password", Map.of("oldPassword", INITIAL, "newPassword", "short"));
        assertThat(body(weak).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

        MvcTestResult changed = post(restricted, "/api/auth/password", Map.of("oldPassword", INITIAL, "newPassword", CHANGED));
        assertThat(changed).hasStatus(200);
        JsonNode pair = body(changed);
        assertThat(pair.get("passwordChangeRequired").asBoolean()).isFalse();
        String full = pair.get("accessToken").asString();
        assertThat(ok(get(full, "/api/auth/me")).get("roles").get(0).asString()).isEqualTo("ORG_ADMIN");
        assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + restricted))
                .as("the restricted token died with the change").hasStatus(401);

        JsonNode again = ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED)));
        assertThat(again.get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(post(null, "/api/auth/login", Map.of("username", username, "password", INITIAL))).hasStatus(401);
    }

    @Test
    void guessingTheOldPasswordLocksTheAccountLikeFailedLogins() {
        String username = unique("guesser");
        createAccount(username, rootId, "AUDITOR", null);
        String restricted = ok(post(null, "/api/auth/login", Credentials.of(username, INITIAL))).get("accessToken").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(post(restricted, "/api/auth/password",
                    Map.of("oldPassword", "Guess-number-" + i, "newPassword", CHANGED))).hasStatus(400);
        }
        MvcTestResult locked = post(restricted, "/api/auth/password", Map.of("oldPassword", INITIAL, "newPassword", CHANGED));
        assertThat(locked).hasStatus(401);
        assertThat(body(locked).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(ok(get(admin, "/api/auth/audit?username=" + username + "&action=ACCOUNT_LOCK")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(get(admin, "/api/auth/audit?username=" + username + "&action=PASSWORD_CHANGE&outcome=FAILURE"))
                .get("total").asInt()).isEqualTo(6);
    }

    @Test
    void theBootstrappedAdminIsNotForcedToChange() {
        JsonNode pair = ok(post(null, "/api/auth/login", Credentials.of("admin", ADMIN_PASSWORD)));
        assertThat(pair.get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(pair.get("refreshToken").asString()).isNotBlank();
    }

    @Test
    void aPasswordChangeRevokesEveryEarlierTokenOfTheAccount() {
        String username = unique("changer");
        createAccount(username, rootId, "AUDITOR", null);
        String full = firstLogin(username);
        JsonNode session1 = ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED)));
        JsonNode session2 = ok(post(null, "/api/auth/login", Credentials.of(username, CHANGED)));

        MvcTestResult changed = post(session1.get("accessToken").asString(), "/api/auth/password",
                Map.of("oldPassword", CHANGED, "newPassword", "Third-Password-2028"));
        assertThat(changed).hasStatus(200);

        for (String old : List.of(full, session1.get("accessToken").asString(), session2.get("accessToken").asString())) {
            assertThat(mvc.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + old)).hasStatus(401);
        }
        for (JsonNode session : List.of(session1, session2)) {
            assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", session.get("refreshToken").asString())))
                    .as("every refresh family of the account is revoked").hasStatus(401);
        }
        JsonNode fresh = body(changed);
        assertThat(ok(get(fresh.get("accessToken").asString(), "/api/auth/me")).get("username").asString()).isEqualTo(username);
        assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", fresh.get("refreshToken").asString()))).hasStatus(200);
        assertThat(ok(get(ok(post(null, "/api/auth/login", Credentials.of(username, "Third-Password-2028"))).get("accessToken").asString(), "/api/auth/me"))
                .get("username").asString()).as("a login right after the change is not born revoked").isEqualTo(username);
    }

    // ---- audit ----

    @Test
    void failedAndSuccessfulLoginsAreAuditedAndAuditorsSeeOnlyTheirSubtree() {
        JsonNode townA = createOrg(rootId, unique("锦溪镇党委"));
        JsonNode townB = createOrg(rootId, unique("淀山湖镇党委"));
        String inA = unique("clerk-a");
        String inB = unique("clerk-b");
        String auditorA = unique("auditor-a");
        createAccount(inA, townA.get("id").asLong(), "ORG_ADMIN", null);
        createAccount(inB, townB.get("id").asLong(), "ORG_ADMIN", null);
        createAccount(auditorA, townA.get("id").asLong(), "AUDITOR", null);

        assertThat(post(null, "/api/auth/login", Map.of("username", inA, "password", "Wrong-password-1"))).hasStatus(401);
        ok(post(null, "/api/auth/login", Credentials.of(inA, INITIAL)));
        assertThat(post(null, "/api/auth/login", Map.of("username", inB, "password", "Wrong-password-1"))).hasStatus(401);

        JsonNode cityView = ok(get(admin, "/api/auth/audit?username=" + inA + "&action=LOGIN_PASSWORD"));
        assertThat(cityView.get("total").asInt()).isEqualTo(2);
        JsonNode newest = cityView.get("items").get(0);
        assertThat(newest.get("outcome").asString()).isEqualTo("SUCCESS");
        JsonNode failed = cityView.get("items").get(1);
        assertThat(failed.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(failed.get("reason").asString()).isEqualTo("BAD_CREDENTIALS");
        assertThat(failed.get("clientIp").asString()).isNotBlank();
        assertThat(ok(get(admin, "/api/auth/audit?username=" + inA + "&action=ACCOUNT_CREATE")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(get(admin, "/api/auth/audit?username=" + inA + "&outcome=FAILURE")).get("total").asInt()).isEqualTo(1);

        // the gateway (on this machine, like the test client) passes the address it saw; X-Forwarded-For is the
        // client's to write and is not believed
        MvcTestResult forwarded = mvc.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .header("X-DJ-Client-Address", "203.0.113.7")
                .header("X-Forwarded-For", "6.6.6.6")
                .content(json.writeValueAsString(Map.of("username", inA, "password", "Wrong-password-2"))).exchange();
        assertThat(forwarded).hasStatus(401);
        assertThat(ok(get(admin, "/api/auth/audit?username=" + inA + "&outcome=FAILURE")).get("items").get(0)
                .get("clientIp").asString()).isEqualTo("203.0.113.7");

        String auditor = firstLogin(auditorA);
        JsonNode mine = ok(get(auditor, "/api/auth/audit?username=" + inA));
        assertThat(mine.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(ok(get(auditor, "/api/auth/audit?username=" + inB)).get("total").asInt())
                .as("another town's accounts are outside the auditor's subtree").isZero();
        assertThat(ok(get(admin, "/api/auth/audit?username=" + inB)).get("total").asInt()).isEqualTo(2);

        String orgAdmin = firstLogin(inB);
        MvcTestResult refused = get(orgAdmin, "/api/auth/audit");
        assertThat(refused).hasStatus(403);
        MvcTestResult badRange = mvc.get().uri("/api/auth/audit?from=yesterday")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
        assertThat(badRange).hasStatus(400);
        assertThat(body(badRange).get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    // ---- members: SMS code and WeChat ----

    @Test
    void aRegisteredMemberLogsInWithAnSmsCode() {
        String phone = randomPhone();
        long memberId = registerMember(phone);
        Map<String, Object> account = jdbc.queryForMap("SELECT username, roles FROM account WHERE member_id = ?", memberId);
        assertThat(account.get("username")).isEqualTo("m" + memberId);
        assertThat(account.get("roles")).isEqualTo("MEMBER");
        MvcTestResult byPassword = post(null, "/api/auth/login", Map.of("username", "m" + memberId, "password", "{none}"));
        assertThat(byPassword).as("a member's account has no password to log in with").hasStatus(401);
        assertThat(body(byPassword).get("code").asString()).isEqualTo("BAD_CREDENTIALS");

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        String code = lastCode(memberId);
        assertThat(code).matches("\\d{6}");

        MvcTestResult loggedIn = post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code));
        assertThat(loggedIn).hasStatus(200);
        JsonNode me = ok(get(body(loggedIn).get("accessToken").asString(), "/api/auth/me"));
        assertThat(me.get("memberId").asLong()).isEqualTo(memberId);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("MEMBER");

        assertThat(post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code)))
                .as("a code is good once").hasStatus(401);
        assertThat(ok(get(admin, "/api/auth/audit?username=m" + memberId + "&action=LOGIN_SMS")).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aMembersAccountFollowsTheirNewPhone() {
        String oldPhone = randomPhone();
        long memberId = registerMember(oldPhone);
        String newPhone = randomPhone();
        String oldIdx = jdbc.queryForObject("SELECT phone_idx FROM account WHERE member_id = ?", String.class, memberId);
        publish(new MemberUpdated(memberId, rootId, rootPath, List.of("phone"), "李四", newPhone, null));
        awaitEffect(() -> !oldIdx.equals(
                jdbc.queryForObject("SELECT phone_idx FROM account WHERE member_id = ?", String.class, memberId)));
        assertThat(jdbc.queryForObject("SELECT phone_masked FROM account WHERE member_id = ?", String.class, memberId))
                .isEqualTo(newPhone.substring(0, 3) + "****" + newPhone.substring(7));

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", newPhone))).hasStatus(202);
        MvcTestResult loggedIn = post(null, "/api/auth/sms-login", Map.of("phone", newPhone, "code", lastCode(memberId)));
        assertThat(loggedIn).hasStatus(200);
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", oldPhone))).hasStatus(202);
        assertThat(post(null, "/api/auth/sms-login", Map.of("phone", oldPhone, "code", lastCode(memberId))))
                .as("the old phone no longer reaches the account").hasStatus(401);
    }

    @Test
    void codesAreLimitedToOneAMinutePerPhoneAndUnknownPhonesLookTheSame() {
        String phone = randomPhone();
        registerMember(phone);
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        MvcTestResult tooSoon = post(null, "/api/auth/sms-code", Map.of("phone", phone));
        assertThat(tooSoon).hasStatus(429);
        assertThat(body(tooSoon).get("code").asString()).isEqualTo("LOGIN_CODE_TOO_FREQUENT");

        String stranger = randomPhone();
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", stranger))).as("no account enumeration").hasStatus(202);
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", stranger))).hasStatus(429);
        MvcTestResult strangerLogin = post(null, "/api/auth/sms-login", Map.of("phone", stranger, "code", "123456"));
        assertThat(strangerLogin).hasStatus(401);
        assertThat(body(strangerLogin).get("code").asString()).isEqualTo("LOGIN_CODE_INVALID");
    }

    @Test
    void fiveWrongCodesUseTheCodeUp() {
        String phone = randomPhone();
        long memberId = registerMember(phone);
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        String code = lastCode(memberId);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            MvcTestResult refused = post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", wrong));
            assertThat(refused).hasStatus(401);
            assertThat(body(refused).get("code").asString()).isEqualTo("LOGIN_CODE_INVALID");
        }
        assertThat(post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code)))
                .as("after five wrong tries the right code is gone too").hasStatus(401);
        assertThat(ok(get(admin, "/api/auth/audit?username=m" + memberId + "&outcome=FAILURE")).get("total").asInt()).isEqualTo(6);
    }

    @Test
    void aWechatUserBindsOnceWithPhoneAndCodeThenLogsInDirectly() {
        String phone = randomPhone();
        long memberId = registerMember(phone);
        String wxCode = "good-" + memberId;

        MvcTestResult unbound = post(null, "/api/auth/wechat-login", Map.of("code", wxCode));
        assertThat(unbound).hasStatus(401);
        JsonNode problem = body(unbound);
        assertThat(problem.get("code").asString()).isEqualTo("WECHAT_NOT_BOUND");
        String ticket = problem.get("bindTicket").asString();
        assertThat(ticket).isNotBlank();
        assertThat(LAST_WECHAT_QUERY.get()).contains("appid=wx-test-app", "secret=wx-test-secret", "js_code=" + wxCode,
                "grant_type=authorization_code");

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        String smsCode = lastCode(memberId);
        assertThat(post(null, "/api/auth/wechat-bind", Map.of("ticket", "forged", "phone", phone, "code", smsCode)))
                .hasStatus(401);
        MvcTestResult bound = post(null, "/api/auth/wechat-bind", Map.of("ticket", ticket, "phone", phone, "code", smsCode));
        assertThat(bound).hasStatus(200);

        MvcTestResult direct = post(null, "/api/auth/wechat-login", Map.of("code", wxCode));
        assertThat(direct).hasStatus(200);
        assertThat(ok(get(body(direct).get("accessToken").asString(), "/api/auth/me")).get("memberId").asLong()).isEqualTo(memberId);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, memberId);
        assertThat(wechatEvents(accountId)).as("notify-service learns where to reach the member")
                .containsExactly("dj.auth.wechat-bound.v1 {\"accountId\":" + accountId + ",\"memberId\":" + memberId
                        + ",\"openId\":\"o-" + wxCode + "\"}");

        MvcTestResult badCode = post(null, "/api/auth/wechat-login", Map.of("code", "expired-code"));
        assertThat(badCode).hasStatus(401);
        assertThat(body(badCode).get("code").asString()).isEqualTo("WECHAT_CODE_INVALID");
    }

    @Test
    void bindingAnotherWechatUserReplacesTheFirstAndAnnouncesBoth() {
        String phone = randomPhone();
        long memberId = registerMember(phone);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, memberId);
        bindWechat("good-old-" + memberId, phone, memberId);
        bindWechat("good-new-" + memberId, phone, memberId);

        assertThat(post(null, "/api/auth/wechat-login", Map.of("code", "good-old-" + memberId)))
                .as("the replaced WeChat user no longer logs in").hasStatus(401);
        assertThat(post(null, "/api/auth/wechat-login", Map.of("code", "good-new-" + memberId))).hasStatus(200);
        assertThat(wechatEvents(accountId)).containsExactly(
                "dj.auth.wechat-bound.v1 {\"accountId\":" + accountId + ",\"memberId\":" + memberId
                        + ",\"openId\":\"o-good-old-" + memberId + "\"}",
                "dj.auth.wechat-unbound.v1 {\"accountId\":" + accountId + ",\"openId\":\"o-good-old-" + memberId + "\"}",
                "dj.auth.wechat-bound.v1 {\"accountId\":" + accountId + ",\"memberId\":" + memberId
                        + ",\"openId\":\"o-good-new-" + memberId + "\"}");
    }

    /** Two tickets for one WeChat user (two unbound logins), bound to two accounts: the second is refused. */
    @Test
    void aWechatUserBoundToAnotherAccountIsRefusedAndNothingIsAnnounced() {
        String phoneA = randomPhone();
        long memberA = registerMember(phoneA);
        String phoneB = randomPhone();
        long memberB = registerMember(phoneB);
        String wxCode = "good-shared-" + memberA;
        String ticketA = body(post(null, "/api/auth/wechat-login", Map.of("code", wxCode))).get("bindTicket").asString();
        String ticketB = body(post(null, "/api/auth/wechat-login", Map.of("code", wxCode))).get("bindTicket").asString();
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phoneA))).hasStatus(202);
        assertThat(post(null, "/api/auth/wechat-bind", Map.of("ticket", ticketA, "phone", phoneA,
                "code", lastCode(memberA)))).hasStatus(200);

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phoneB))).hasStatus(202);
        MvcTestResult refused = post(null, "/api/auth/wechat-bind", Map.of("ticket", ticketB, "phone", phoneB,
                "code", lastCode(memberB)));
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("WECHAT_ALREADY_BOUND");
        long accountB = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, memberB);
        assertThat(wechatEvents(accountB)).as("nothing announced for the refused account").isEmpty();
        long accountA = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, memberA);
        assertThat(wechatEvents(accountA)).hasSize(1);
    }

    // ---- helpers ----

    /** Logs in with WeChat code {@code wxCode} (unbound), then binds it with the member's phone and an SMS code. */
    private void bindWechat(String wxCode, String phone, long memberId) {
        // a phone may ask for one code a minute: forget the last request rather than wait
        redis.delete("dj:auth:login-code:rate:"
                + jdbc.queryForObject("SELECT phone_idx FROM account WHERE member_id = ?", String.class, memberId));
        String ticket = body(post(null, "/api/auth/wechat-login", Map.of("code", wxCode))).get("bindTicket").asString();
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        assertThat(post(null, "/api/auth/wechat-bind", Map.of("ticket", ticket, "phone", phone,
                "code", lastCode(memberId)))).hasStatus(200);
    }

    /** The account's WeChat events in the outbox, oldest first, as "type payload". */
    private List<String> wechatEvents(long accountId) {
        return jdbc.query("SELECT event_type, payload FROM dj_outbox WHERE aggregate_id = ?"
                + " AND event_type LIKE 'dj.auth.wechat-%' ORDER BY id", (rs, row) -> {
                    ObjectNode event = (ObjectNode) json.readTree(rs.getString(2));
                    String sealed = event.get("openId").asString();
                    assertThat(sealed).as("the open id travels sealed").doesNotContain("good-");
                    event.put("openId", seal.open(sealed));
                    return rs.getString(1) + " " + json.writeValueAsString(event);
                }, Long.toString(accountId));
    }

    /** Registers a member the way member-service does: the event goes through the outbox and Kafka. */
    private long registerMember(String phone) {
        long memberId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
        publish(new MemberRegistered(memberId, rootId, rootPath, "李四", "M",
                LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1), "FULL", phone));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ?", memberId) == 1);
        return memberId;
    }

    /** The code notify-service would send: read from the event in the outbox. */
    private String lastCode(long memberId) {
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, memberId);
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ? ORDER BY occurred_at DESC LIMIT 1", String.class, Long.toString(accountId));
        JsonNode event = json.readTree(payload);
        assertThat(event.has("expiresAt")).isTrue();
        return seal.open(event.get("code").asString());
    }

    private static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private MvcTestResult createAccount(String username, long orgId, String role, String phone) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", INITIAL,
                "orgId", String.valueOf(orgId), "roles", List.of(role), "displayName", "张书记"));
        if (phone != null) {
            body.put("phone", phone);
        }
        MvcTestResult result = post(admin, "/api/auth/accounts", body);
        assertThat(result).hasStatus(201);
        return result;
    }

    private String firstLogin(String username) {
        String restricted = ok(post(null, "/api/auth/login", Credentials.of(username, INITIAL))).get("accessToken").asString();
        MvcTestResult changed = post(restricted, "/api/auth/password", Map.of("oldPassword", INITIAL, "newPassword", CHANGED));
        assertThat(changed).hasStatus(200);
        return body(changed).get("accessToken").asString();
    }

    private JsonNode createOrg(long parentId, String name) {
        MvcTestResult result = post(admin, "/api/orgs", Map.of("parentId", String.valueOf(parentId), "name", name,
                "type", "COMMITTEE", "category", "TOWN"));
        assertThat(result).hasStatus(201);
        return body(result);
    }

    private static HttpServer wechatStub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sns/jscode2session", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                LAST_WECHAT_QUERY.set(query);
                String code = query.replaceAll(".*js_code=([^&]*).*", "$1");
                String reply = code.startsWith("good-")
                        ? "{\"openid\":\"o-" + code + "\",\"session_key\":\"sk\"}"
                        : "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
