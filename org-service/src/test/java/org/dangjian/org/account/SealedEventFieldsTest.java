package org.dangjian.org.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.org.CityAdminApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Outbox rows (kept for days, as are the topics) hold no usable login code, phone or open id: they travel sealed
 * with the field keys, and org-service opens what other services send it the same way.
 */
class SealedEventFieldsTest extends CityAdminApiTest {
    private static final MembershipStatus ON_THE_ROLL = new MembershipStatus("FULL", "ACTIVE", null, false);

    @Test
    void aLoginCodeAndThePhoneItGoesToAreSealedInTheOutboxAndTheOpenedCodeLogsIn() {
        String phone = randomPhone();
        long member = nextId();
        publish(new MemberRegisteredV2(member, rootId, rootPath, "沈雪梅", "FEMALE", LocalDate.of(1990, 5, 1),
                LocalDate.of(2016, 7, 1), ON_THE_ROLL, seal.seal(phone)));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ?", member) == 1);

        assertThat(post(null, "/api/auth/sms-code", Map.of("phone", phone))).hasStatus(202);
        long account = jdbc.queryForObject("SELECT id FROM account WHERE member_id = ?", Long.class, member);
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.login-code-requested.v1'"
                + " AND aggregate_id = ?", String.class, Long.toString(account));
        JsonNode event = json.readTree(payload);
        String code = seal.open(event.get("code").asString());
        assertThat(seal.open(event.get("phone").asString())).isEqualTo(phone);
        assertThat(payload).as("the row does not show the phone").doesNotContain(phone).doesNotContain(phone.substring(3));
        assertThat(event.get("code").asString()).as("nor the code").doesNotContain(code);
        assertThat(post(null, "/api/auth/sms-login", Map.of("phone", phone, "code", code))).hasStatus(200);
    }

    @Test
    void anAdministratorsPhoneIsSealedWhenTheAccountIsAnnounced() {
        String phone = randomPhone();
        JsonNode created = body(post(admin, "/api/auth/accounts", Map.of("username", "sealed-" + System.nanoTime(),
                "password", "Initial-Pass-2026", "orgId", String.valueOf(rootId), "roles", List.of("ORG_ADMIN"),
                "phone", phone, "displayName", "组织委员")));
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.auth.account-changed.v1'"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, created.get("id").asString());

        assertThat(payload).doesNotContain(phone).doesNotContain(phone.substring(3));
        assertThat(seal.open(json.readTree(payload).get("phone").asString())).isEqualTo(phone);
    }

    @Test
    void aPhoneFromAnEventWrittenBeforeSealingStillReachesTheAccount() {
        String phone = randomPhone();
        long member = nextId();
        publish(new MemberRegistered(member, rootId, rootPath, "陈国平", "MALE", LocalDate.of(1979, 2, 3),
                LocalDate.of(2001, 7, 1), "FULL", phone));
        awaitEffect(() -> count("SELECT COUNT(*) FROM account WHERE member_id = ?", member) == 1);

        assertThat(jdbc.queryForObject("SELECT phone_masked FROM account WHERE member_id = ?", String.class, member))
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    private static String randomPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
