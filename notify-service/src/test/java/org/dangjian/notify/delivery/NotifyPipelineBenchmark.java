package org.dangjian.notify.delivery;

import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pipeline's speed (prints figures, asserts none): a burst of 20,000 political-birthday events from
 * the outbox to provider-accepted messages, and the time from a login code's event committed to the
 * provider call. The provider is the in-process test gateway, so the figures are this service's own.
 * Run: ./mvnw -B -pl notify-service test -Dtest=NotifyPipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@StubbedProviders
class NotifyPipelineBenchmark extends TreeApiTest {
    @Autowired
    FlakyProvider provider;
    private static final int BIRTHDAYS = Integer.getInteger("bench.birthdays", 20_000);
    private static final int CODES = Integer.getInteger("bench.codes", 300);
    private static final String GREETINGS = "SELECT COUNT(*) FROM message WHERE kind = 'POLITICAL_BIRTHDAY'";

    @Autowired
    FieldCipher cipher;

    @Test
    void burst_of_political_birthdays_and_login_code_latency() {
        long firstMember = nextId() * 100;
        for (int i = 0; i < BIRTHDAYS; i++) {
            nextId();
        }
        seedMembers(firstMember);
        int before = provider.sentCount();
        int greetingsBefore = count(GREETINGS);

        List<IntegrationEvent> batch = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < BIRTHDAYS; i++) {
            long m = firstMember + i;
            batch.add(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "党员" + i, LocalDate.of(2000, 7, 1), 26,
                    today()));
            if (batch.size() == 1000) {
                List<IntegrationEvent> chunk = List.copyOf(batch);
                tx.executeWithoutResult(s -> outbox.addAll(chunk));
                batch.clear();
            }
        }
        long published = System.nanoTime();
        long[] stored = {0};
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (stored[0] == 0 && count(GREETINGS) - greetingsBefore >= BIRTHDAYS) {
                stored[0] = System.nanoTime();
            }
            return provider.sentCount() - before >= BIRTHDAYS;
        });
        long done = System.nanoTime();
        double seconds = (done - start) / 1e9;
        System.out.printf("BENCH birthdays: %d events published in %.1f s; all stored as messages after %.1f s;"
                + " all provider-accepted after %.1f s: %.0f messages/s end to end%n", BIRTHDAYS,
                (published - start) / 1e9, stored[0] == 0 ? seconds : (stored[0] - start) / 1e9, seconds,
                BIRTHDAYS / seconds);

        Histogram latency = new Histogram(60_000, 3);
        for (int i = 0; i < CODES; i++) {
            String phone = phone();
            long account = nextId();
            Instant committed = Instant.now();
            publish(new AuthLoginCodeRequested(account, phone, "123456", clock.instant().plusSeconds(300)));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                    .until(() -> !provider.sentTo(phone).isEmpty());
            FlakyProvider.Sent sent = provider.sentTo(phone).get(0);
            latency.recordValue(Math.max(1, Duration.between(committed, sent.at()).toMillis()));
        }
        System.out.printf("BENCH login code, event committed -> provider call (%d codes): p50 %d ms, p99 %d ms,"
                + " max %d ms%n", CODES, latency.getValueAtPercentile(50), latency.getValueAtPercentile(99),
                latency.getMaxValue());
    }

    /** The members the greetings are for, written straight into the directory: seeding, not the subject. */
    private void seedMembers(long firstMember) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < BIRTHDAYS; i++) {
            String phone = String.format("137%08d", i);
            rows.add(new Object[] {firstMember + i, branchA, pathOf(branchA), "党员" + i, cipher.encrypt(phone),
                    Masking.phone(phone)});
        }
        jdbc.batchUpdate("INSERT INTO member_contact (member_id, org_id, org_path, name, phone_enc, phone_masked,"
                + " status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'FULL', NOW(6))", rows);
    }
}
