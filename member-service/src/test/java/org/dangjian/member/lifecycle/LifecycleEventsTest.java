package org.dangjian.member.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.contracts.recruitment.RecruitmentConfirmed;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Other services' events change who is a member: each published through the outbox and consumed through
 * Kafka and the inbox as in production; a second delivery of the same event changes nothing.
 */
class LifecycleEventsTest extends TreeApiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anAdmittedApplicantBecomesAProbationaryMemberOnce() {
        long applicant = nextId();
        LocalDate admitted = LocalDate.now().minusDays(10);
        publish(admission(applicant, idNumber(LocalDate.of(1998, 4, 4), false)));
        await().atMost(WAIT).until(() -> memberOf(applicant) != null);

        Map<String, Object> row = jdbc.queryForMap("SELECT id, status, org_id, join_date, phone_masked, education"
                + " FROM member WHERE applicant_id = ?", applicant);
        assertThat(row.get("status")).isEqualTo("PROBATIONARY");
        assertThat(row.get("org_id")).isEqualTo(branchA);
        assertThat(row.get("join_date").toString()).isEqualTo(admitted.toString());
        assertThat(row.get("phone_masked")).isEqualTo("136****1234");
        assertThat(row.get("education")).isEqualTo("BACHELOR");
        assertThat(outboxCount("dj.member.registered.v1", row.get("id"))).isEqualTo(1);

        redeliver(RecruitmentAdmitted.TYPE, Long.toString(applicant));
        publish(admission(applicant, idNumber(LocalDate.of(1998, 4, 4), false)));
        awaitConsumed(LifecycleListeners.ADMISSIONS, Topics.RECRUITMENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE applicant_id = ?", Integer.class, applicant))
                .isEqualTo(1);
        assertThat(outboxCount("dj.member.registered.v1", row.get("id"))).isEqualTo(1);
    }

    @Test
    void anAdmissionThatCannotMakeARecordIsSkippedWithoutBlockingTheNext() {
        long bad = nextId();
        long good = nextId();
        String id = idNumber(LocalDate.of(1999, 9, 9), true);
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        publish(admission(bad, wrongCheck));
        publish(admission(good, idNumber(LocalDate.of(1998, 4, 4), false)));
        await().atMost(WAIT).until(() -> memberOf(good) != null);
        awaitConsumed(LifecycleListeners.ADMISSIONS, Topics.RECRUITMENT);
        assertThat(memberOf(bad)).isNull();
    }

    @Test
    void theEndOfProbationConfirmsExtendsOrCancels() {
        long confirmed = admit();
        long extended = admit();
        long cancelled = admit();
        LocalDate today = LocalDate.now();
        publish(new RecruitmentConfirmed(confirmed, RecruitmentConfirmed.CONFIRMED, today, null));
        publish(new RecruitmentConfirmed(extended, RecruitmentConfirmed.EXTENDED, today, today.plusMonths(6)));
        publish(new RecruitmentConfirmed(cancelled, RecruitmentConfirmed.CANCELLED, today, null));

        await().atMost(WAIT).until(() -> "FULL".equals(status(confirmed)) && "LEFT".equals(status(cancelled))
                && "PROBATION_EXTENDED".equals(column(extended, "status_reason")));
        assertThat(column(confirmed, "full_date")).isEqualTo(today.toString());
        assertThat(status(extended)).isEqualTo("PROBATIONARY");
        assertThat(column(cancelled, "status_reason")).isEqualTo("PROBATION_CANCELLED");
        long memberId = memberOf(confirmed);
        assertThat(jdbc.queryForObject("SELECT actor_username FROM member_change WHERE member_id = ? AND field = 'status'",
                String.class, memberId)).isEqualTo("recruitment:" + confirmed);
        assertThat(outboxCount("dj.member.status-changed.v1", memberId)).isEqualTo(1);

        redeliver(RecruitmentConfirmed.TYPE, Long.toString(confirmed));
        awaitConsumed(LifecycleListeners.PROBATION, Topics.RECRUITMENT);
        assertThat(outboxCount("dj.member.status-changed.v1", memberId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id = ?", Integer.class, memberId))
                .isEqualTo(3);
    }

    @Test
    void aCompletedTransferMovesTheMemberOrMarksThemTransferredOut() {
        long mover = register(member(branchA, "张三", "MALE", idNumber(LocalDate.of(1980, 1, 1), true), null,
                "1980-01-01")).get("id").asLong();
        long leaver = register(member(branchA, "李四", "FEMALE", idNumber(LocalDate.of(1981, 1, 1), false), null,
                "1981-01-01")).get("id").asLong();
        long inCity = nextId();
        long outOfCity = nextId();
        publish(new TransferCompleted(inCity, mover, TransferCompleted.IN_CITY, branchA, pathOf(branchA), branchB, pathOf(branchB), null,
                Instant.now()));
        publish(new TransferCompleted(outOfCity, leaver, TransferCompleted.OUT_OF_CITY, branchA, pathOf(branchA), null, null,
                "上海市某党委", Instant.now()));

        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT org_id FROM member WHERE id = ?", Long.class, mover)
                == branchB && "LEFT".equals(jdbc.queryForObject("SELECT status FROM member WHERE id = ?", String.class, leaver)));
        assertThat(jdbc.queryForObject("SELECT org_path FROM member WHERE id = ?", String.class, mover)).isEqualTo(pathOf(branchB));
        assertThat(get(TestTokens.orgAdmin(81, branchB, pathOf(branchB)), "/api/members/" + mover)).hasStatus(200);
        assertThat(get(TestTokens.orgAdmin(82, branchA, pathOf(branchA)), "/api/members/" + mover)).hasStatus(404);
        assertThat(outboxCount("dj.member.relocated.v1", mover)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status_reason FROM member WHERE id = ?", String.class, leaver))
                .isEqualTo("TRANSFERRED_OUT");
        assertThat(outboxCount("dj.member.status-changed.v1", leaver)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT actor_username FROM member_change WHERE member_id = ? AND field = 'orgId'",
                String.class, mover)).isEqualTo("transfer:" + inCity);

        redeliver(TransferCompleted.TYPE, Long.toString(inCity));
        redeliver(TransferCompleted.TYPE, Long.toString(outOfCity));
        awaitConsumed(LifecycleListeners.TRANSFERS, Topics.TRANSFER);
        assertThat(outboxCount("dj.member.relocated.v1", mover)).isEqualTo(1);
        assertThat(outboxCount("dj.member.status-changed.v1", leaver)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id IN (?, ?)", Integer.class,
                mover, leaver)).isEqualTo(4);
    }

    private RecruitmentAdmitted admission(long applicant, String idNumber) {
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                + idNumber.substring(12, 14));
        return new RecruitmentAdmitted(applicant, branchA, pathOf(branchA), "新同志", (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE",
                "01", birth, idNumber, "13600001234", "BACHELOR", LocalDate.now().minusDays(10));
    }

    /** An applicant admitted and known as a probationary member. */
    private long admit() {
        long applicant = nextId();
        publish(admission(applicant, idNumber(LocalDate.of(1997, 2, 2), false)));
        await().atMost(WAIT).until(() -> memberOf(applicant) != null);
        return applicant;
    }

    private Long memberOf(long applicant) {
        return jdbc.query("SELECT id FROM member WHERE applicant_id = ?", rs -> rs.next() ? rs.getLong(1) : null, applicant);
    }

    private String status(long applicant) {
        return column(applicant, "status");
    }

    private String column(long applicant, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM member WHERE applicant_id = ?", String.class, applicant);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
