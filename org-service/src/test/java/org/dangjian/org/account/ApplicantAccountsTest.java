package org.dangjian.org.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.recruitment.RecruitmentApplicantAnonymised;
import org.dangjian.contracts.recruitment.RecruitmentCaseClosed;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.org.CityAdminApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * An applicant's account follows their recruitment case: opened with the case (SMS-code login, role APPLICANT,
 * claim applicant_id), the member's once they are admitted, disabled when the case closes without membership.
 */
class ApplicantAccountsTest extends CityAdminApiTest {

    @Test
    void anOpenedCaseGivesTheApplicantAnSmsLoginAccount() {
        String phone = randomPhone();
        long applicant = openCase(phone);
        publish(opened(applicant, phone));
        awaitConsumed("org-service.applicant-accounts", Topics.RECRUITMENT);

        Map<String, Object> row = jdbc.queryForMap("SELECT username, roles, member_id, password_hash FROM account"
                + " WHERE applicant_id = ?", applicant);
        assertThat(row.get("roles")).isEqualTo("APPLICANT");
        assertThat(row.get("member_id")).isNull();
        assertThat(post(null, "/api/auth/login", Map.of("username", row.get("username"), "password", "{none}")))
                .as("no password to log in with").hasStatus(401);

        String token = smsLogin(phone, applicant);
        JsonNode me = ok(get(token, "/api/auth/me"));
        assertThat(me.get("applicantId").asLong()).isEqualTo(applicant);
        assertThat(me.hasNonNull("memberId")).isFalse();
        assertThat(me.get("roles").get(0).asString()).isEqualTo("APPLICANT");
        assertThat(claims(token).get("applicant_id").asString()).isEqualTo(Long.toString(applicant));
        assertThat(count("SELECT COUNT(*) FROM account WHERE applicant_id = ?", applicant))
                .as("the case announced twice opens one account").isEqualTo(1);
    }

    @Test
    void anApplicantSeesNothingOfOtherPeople() {
        String phone = randomPhone();
        long applicant = openCase(phone);
        String token = smsLogin(phone, applicant);

        assertThat(get(token, "/api/auth/accounts")).hasStatus(403);
        assertThat(get(token, "/api/auth/audit")).hasStatus(403);
    }

    @Test
    void theAdmittedApplicantsAccountBecomesTheMembers() {
        String phone = randomPhone();
        long applicant = openCase(phone);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE applicant_id = ?", Long.class, applicant);
        long memberId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);

        publish(new MemberRegisteredV2(memberId, rootId, rootPath, "王建国", "MALE", LocalDate.of(1996, 6, 6),
                LocalDate.now().minusDays(3), new MembershipStatus("PROBATIONARY", "ACTIVE", null, false), phone, null,
                "21", applicant));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ?", memberId) == 1);

        Map<String, Object> row = jdbc.queryForMap("SELECT id, username, roles, applicant_id FROM account WHERE member_id = ?",
                memberId);
        assertThat(((Number) row.get("id")).longValue()).as("the same account, not a second one").isEqualTo(accountId);
        assertThat(row.get("roles")).isEqualTo("MEMBER");
        assertThat(row.get("username")).isEqualTo("m" + memberId);
        assertThat(((Number) row.get("applicant_id")).longValue()).as("kept: the member's development record").isEqualTo(applicant);
        JsonNode me = ok(get(smsLogin(phone, applicant), "/api/auth/me"));
        assertThat(me.get("memberId").asLong()).isEqualTo(memberId);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("MEMBER");
        assertThat(me.get("applicantId").asLong()).isEqualTo(applicant);
    }

    @Test
    void aRefusedApplicantsAccountIsDisabled() {
        String phone = randomPhone();
        long applicant = openCase(phone);

        publish(new RecruitmentCaseClosed(applicant, RecruitmentCaseClosed.REFUSED, LocalDate.now()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE applicant_id = ? AND status = 'DISABLED'", applicant) == 1);

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        assertThat(post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", "000000"))).hasStatus(401);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE applicant_id = ?", Long.class, applicant);
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ?", Long.toString(accountId))).as("no code sent to a closed case").isZero();
    }

    @Test
    void aRefusedApplicantPastTheirPeriodKeepsNeitherNameNorPhoneOnTheAccount() {
        String phone = randomPhone();
        long applicant = openCase(phone);
        publish(new RecruitmentCaseClosed(applicant, RecruitmentCaseClosed.REFUSED, LocalDate.now().minusYears(4)));

        publish(new RecruitmentApplicantAnonymised(applicant));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE applicant_id = ? AND phone_enc IS NULL", applicant) == 1);

        Map<String, Object> account = jdbc.queryForMap("SELECT display_name, phone_idx, phone_masked, status FROM account"
                + " WHERE applicant_id = ?", applicant);
        assertThat(account.get("display_name")).isEqualTo("（已匿名）");
        assertThat(account.get("phone_idx")).isNull();
        assertThat(account.get("phone_masked")).isNull();
        assertThat(account.get("status")).isEqualTo("DISABLED");
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE applicant_id = ?", Long.class, applicant);
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ?", Long.toString(accountId))).as("the phone no longer finds the account").isZero();
    }

    @Test
    void noAdministratorGrantsTheApplicantRole() {
        MvcTestResult r = post(admin, "/api/auth/accounts", Map.of("username", "x-" + System.nanoTime(),
                "password", "Initial-Pass-2026", "orgId", String.valueOf(rootId), "roles", List.of("APPLICANT"),
                "displayName", "申请人"));

        assertThat(r).hasStatus(400);
        assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(body(r).get("errors").get(0).get("message").asString()).contains("发展党员");
    }

    /** The case opened as recruitment-service announces it, through the outbox and Kafka. */
    private long openCase(String phone) {
        long applicant = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
        publish(opened(applicant, phone));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE applicant_id = ?", applicant) == 1);
        return applicant;
    }

    private RecruitmentCaseOpened opened(long applicant, String phone) {
        return new RecruitmentCaseOpened(applicant, rootId, rootPath, "王建国", phone, LocalDate.now().minusDays(1));
    }

    private String smsLogin(String phone, long applicant) {
        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE applicant_id = ?", Long.class, applicant);
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ? ORDER BY occurred_at DESC LIMIT 1", String.class, Long.toString(accountId));
        String code = seal.open(json.readTree(payload).get("code").asString());
        MvcTestResult loggedIn = post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code));
        assertThat(loggedIn).hasStatus(200);
        return body(loggedIn).get("accessToken").asString();
    }

    private JsonNode claims(String token) {
        return json.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String randomPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
