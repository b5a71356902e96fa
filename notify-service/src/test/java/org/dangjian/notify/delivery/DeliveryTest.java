package org.dangjian.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.dangjian.kit.crypto.EventSeal;
import org.springframework.beans.factory.annotation.Autowired;

/** From event to provider: once per recipient, politely, and persistently when the provider fails. */
@StubbedProviders
class DeliveryTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    EventSeal seal;
    @Autowired
    FlakyProvider provider;
    @Autowired
    SettableClock time;

    @Test
    void a_completed_transfer_texts_the_member_and_each_branch_administrator_once_even_when_delivered_twice() {
        String memberPhone = phone();
        String adminAPhone = phone();
        String adminBPhone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "张建国", memberPhone);
        recipients.administrator(branchA, pathOf(branchA), "李书记", adminAPhone);
        recipients.administrator(branchB, pathOf(branchB), "王书记", adminBPhone);
        long transferId = nextId();
        publish(new TransferCompleted(transferId, m, "IN_CITY", branchA, pathOf(branchA), branchB, pathOf(branchB),
                null, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(adminBPhone).size() == 1
                && provider.sentTo(memberPhone).size() == 1 && provider.sentTo(adminAPhone).size() == 1);
        assertThat(provider.sentTo(memberPhone).get(0).text()).contains("张建国", "城北社区党支部", "城南社区党支部");

        redeliver(TransferCompleted.TYPE, Long.toString(transferId));
        awaitIdle();
        assertThat(provider.sentTo(memberPhone)).hasSize(1);
        assertThat(provider.sentTo(adminAPhone)).hasSize(1);
        assertThat(provider.sentTo(adminBPhone)).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM message WHERE event_id IN (SELECT event_id FROM dj_outbox"
                + " WHERE event_type = ? AND aggregate_id = ?)", TransferCompleted.TYPE, Long.toString(transferId)))
                .isEqualTo(3);
    }

    @Test
    void a_provider_outage_ends_in_retries_then_success_with_nothing_lost() {
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "赵敏", phone);
        provider.failNext(3);
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "赵敏", LocalDate.of(2005, 7, 1), 21,
                today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).contains("赵敏", "21");
        // the worker records the provider's answer a moment after the call
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status <> 'SENDING'", "member:" + m) == 1);
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM message WHERE recipient_key = ?", "member:" + m))
                .containsEntry("status", "SENT").containsEntry("attempts", 4);
    }

    @Test
    void quiet_hours_hold_a_greeting_until_morning_but_not_a_login_code() {
        time.at(today().atTime(22, 30));
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "孙丽", phone);
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "孙丽", LocalDate.of(2010, 7, 1), 16,
                today()));
        long account = nextId();
        publish(new AuthLoginCodeRequested(account, phone, "482913", clock.instant().plusSeconds(300)));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).contains("482913");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status = 'HELD' AND held_reason = 'QUIET_HOURS'",
                "member:" + m) == 1);

        time.at(today().plusDays(1).atTime(8, 0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 2);
        assertThat(provider.sentTo(phone).get(1).text()).contains("孙丽", "16");
    }

    @Test
    void a_login_code_is_never_stored_or_shown_in_clear() {
        String phone = phone();
        long account = nextId();
        // as org-service sends it: phone and code sealed
        publish(new AuthLoginCodeRequested(account, seal.seal(phone), seal.seal("731005"), clock.instant().plusSeconds(300)));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).contains("731005");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status = 'SENT'", "account:" + account) == 1);
        var row = jdbc.queryForMap("SELECT text, vars_enc, recipient_masked FROM message WHERE recipient_key = ?",
                "account:" + account);
        assertThat((String) row.get("text")).contains("******").doesNotContain("731005");
        assertThat(row.get("vars_enc")).as("the code's values are wiped once sent").isNull();
        assertThat((String) row.get("recipient_masked")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void a_sixth_sms_to_one_phone_in_a_day_is_held_back() {
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "周明", phone);
        for (int i = 0; i < 6; i++) {
            publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "周明", LocalDate.of(2000, 7, 1), 26,
                    today()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status = 'SENT'", "member:" + m) == 5);
        awaitIdle();
        assertThat(provider.sentTo(phone)).hasSize(5);
        assertThat(jdbc.queryForList("SELECT held_reason FROM message WHERE recipient_key = ? AND status = 'HELD'",
                String.class, "member:" + m)).isEqualTo(List.of("DAILY_LIMIT"));
    }

    @Test
    void greetings_held_overnight_count_against_the_day_they_go_out() {
        time.at(today().atTime(22, 30));
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "钱进", phone);
        for (int i = 0; i < 5; i++) {
            publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "钱进", LocalDate.of(2000, 7, 1), 26,
                    today()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND held_reason = 'QUIET_HOURS'", "member:" + m) == 5);

        time.at(today().plusDays(1).atTime(8, 0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 5);
        time.at(today().atTime(10, 0));
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "钱进", LocalDate.of(2000, 7, 1), 26,
                today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND held_reason = 'DAILY_LIMIT'", "member:" + m) == 1);
        awaitIdle();
        assertThat(provider.sentTo(phone)).as("five went out this morning, a sixth today is too many").hasSize(5);
    }

    @Test
    void a_number_the_provider_takes_no_more_for_today_gets_its_greeting_the_next_morning() {
        time.at(today().atTime(11, 0));
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "吴刚", phone);
        provider.numberFullNext(1);
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "吴刚", LocalDate.of(2001, 7, 1), 25,
                today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND held_reason = 'PROVIDER_LIMIT'", "member:" + m) == 1);
        assertThat(jdbc.queryForObject("SELECT next_attempt_at FROM message WHERE recipient_key = ?",
                java.sql.Timestamp.class, "member:" + m).toInstant())
                .isEqualTo(today().plusDays(1).atTime(8, 0).atZone(clock.getZone()).toInstant());
        assertThat(provider.sentTo(phone)).isEmpty();

        time.at(today().plusDays(1).atTime(8, 0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
    }

    @Test
    void an_expired_code_is_not_sent() {
        String phone = phone();
        long account = nextId();
        provider.failNext(1);
        publish(new AuthLoginCodeRequested(account, phone, "100200", clock.instant().plusMillis(50)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status = 'FAILED'", "account:" + account) == 1);
        assertThat(provider.sentTo(phone)).isEmpty();
    }

    /** Nothing left for the worker to do now. */
    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE status IN ('WAITING', 'SENDING') AND next_attempt_at <= ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600))) == 0);
    }
}
