package org.dangjian.org.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.org.CityAdminApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A member's account follows the member: to their new organisation when they move, closed when they leave. */
class MemberAccountsTest extends CityAdminApiTest {
    private static final MembershipStatus ON_THE_ROLL = new MembershipStatus("FULL", "ACTIVE", null, false);
    @Autowired
    StringRedisTemplate redis;

    @Test
    void aRelocatedMembersAccountMovesToTheNewOrganisationAndItsTokensEnd() {
        long from = createOrg("迁出镇党委");
        long to = createOrg("迁入镇党委");
        String phone = randomPhone();
        long member = register(from, phone);
        String before = smsLogin(phone, member);
        assertThat(ok(get(before, "/api/auth/me")).get("orgId").asLong()).isEqualTo(from);

        publish(new MemberRelocated(member, from, pathOf(from), to, pathOf(to), 77L));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ? AND org_id = ?", member, to) == 1);

        assertThat(get(before, "/api/auth/me")).as("the token naming the old organisation").hasStatus(401);
        long accountId = accountOf(member);
        assertThat(ok(get(admin, "/api/auth/accounts?orgId=" + to)).get("items").findValuesAsString("id"))
                .contains(Long.toString(accountId));
        assertThat(ok(get(admin, "/api/auth/accounts?orgId=" + from)).get("items").findValuesAsString("id"))
                .as("the old organisation's administrators no longer manage it").doesNotContain(Long.toString(accountId));
    }

    @Test
    void aMemberWhoLeftOrDiedCanNoLongerSignInBySmsOrWechat() {
        String phone = randomPhone();
        long member = register(rootId, phone);
        JsonNode before = body(smsLogin(phone, requestCode(phone, member)));

        publish(new MemberStatusChangedV2(member, rootId, rootPath, MemberStatusChangedV2.LEFT, ON_THE_ROLL,
                new MembershipStatus("FULL", "LEFT", "DECEASED", false), "病故", LocalDate.now()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ? AND status = 'DISABLED'", member) == 1);

        assertThat(get(before.get("accessToken").asString(), "/api/auth/me")).hasStatus(401);
        assertThat(post(null, "/api/auth/refresh", Map.of("refreshToken", before.get("refreshToken").asString())))
                .hasStatus(401);
        waitBetweenCodesPassed();
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ?", Long.toString(accountOf(member)))).as("no code texted after leaving").isEqualTo(1);
        assertThat(smsLogin(phone, "000000")).hasStatus(401);
    }

    @Test
    void aFormerMemberPastTheirPeriodKeepsNeitherNameNorPhoneOnTheAccount() {
        String phone = randomPhone();
        long member = register(rootId, phone);
        publish(new MemberStatusChangedV2(member, rootId, rootPath, MemberStatusChangedV2.LEFT, ON_THE_ROLL,
                new MembershipStatus("FULL", "LEFT", "DECEASED", false), null, LocalDate.now().minusYears(11)));

        publish(new MemberAnonymised(member, null));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ? AND phone_enc IS NULL", member) == 1);

        Map<String, Object> account = jdbc.queryForMap("SELECT display_name, phone_idx, phone_masked, status FROM account"
                + " WHERE member_id = ?", member);
        assertThat(account.get("display_name")).isEqualTo("（已匿名）");
        assertThat(account.get("phone_idx")).isNull();
        assertThat(account.get("phone_masked")).isNull();
        assertThat(account.get("status")).isEqualTo("DISABLED");
        assertThat(ok(get(admin, "/api/auth/accounts/" + accountOf(member))).toString()).doesNotContain("陆一鸣");
    }

    @Test
    void aSuspendedMemberKeepsTheirAccount() {
        String phone = randomPhone();
        long member = register(rootId, phone);

        publish(new MemberStatusChangedV2(member, rootId, rootPath, MemberStatusChangedV2.SUSPENDED, ON_THE_ROLL,
                new MembershipStatus("FULL", "SUSPENDED", null, false), "停止党籍", LocalDate.now()));
        awaitConsumed("org-service.member-accounts", org.dangjian.contracts.Topics.MEMBER);

        assertThat(count("SELECT COUNT(*) FROM account WHERE member_id = ? AND status = 'ACTIVE'", member)).isEqualTo(1);
        assertThat(smsLogin(phone, requestCode(phone, member))).hasStatus(200);
    }

    private long register(long orgId, String phone) {
        long member = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
        publish(new MemberRegisteredV2(member, orgId, pathOf(orgId), "陆一鸣", "MALE", LocalDate.of(1980, 1, 1),
                LocalDate.of(2005, 7, 1), ON_THE_ROLL, phone, null, "21", null));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ?", member) == 1);
        return member;
    }

    private long accountOf(long member) {
        return jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, member);
    }

    private String pathOf(long orgId) {
        return jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, orgId);
    }

    private long createOrg(String name) {
        MvcTestResult result = post(admin, "/api/orgs", Map.of("parentId", String.valueOf(rootId), "name",
                name + System.nanoTime(), "type", "COMMITTEE", "category", "TOWN"));
        assertThat(result).hasStatus(201);
        return body(result).get("id").asLong();
    }

    private String smsLogin(String phone, long member) {
        MvcTestResult loggedIn = smsLogin(phone, requestCode(phone, member));
        assertThat(loggedIn).hasStatus(200);
        return body(loggedIn).get("accessToken").asString();
    }

    private MvcTestResult smsLogin(String phone, String code) {
        return post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code));
    }

    /** The code texted to the member's phone, as notify-service would receive it. */
    private String requestCode(String phone, long member) {
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        return lastCode(member);
    }

    /** As if the minute between two codes for a phone had passed (the slots are keyed by a hash of the phone). */
    private void waitBetweenCodesPassed() {
        redis.delete(redis.keys("dj:auth:login-code:*"));
    }

    private String lastCode(long member) {
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1", String.class, Long.toString(accountOf(member)));
        return seal.open(json.readTree(payload).get("code").asString());
    }

    private static String randomPhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
