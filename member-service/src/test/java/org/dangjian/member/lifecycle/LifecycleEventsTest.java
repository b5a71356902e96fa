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
import org.dangjian.contracts.transfer.TransferRejected;
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

        Map<String, Object> row = jdbc.queryForMap("SELECT id, standing, state, org_id, join_date, phone_masked, education"
                + " FROM member WHERE applicant_id = ?", applicant);
        assertThat(row.get("standing")).isEqualTo("PROBATIONARY");
        assertThat(row.get("state")).isEqualTo("ACTIVE");
        assertThat(row.get("org_id")).isEqualTo(branchA);
        assertThat(row.get("join_date").toString()).isEqualTo(admitted.toString());
        assertThat(row.get("phone_masked")).isEqualTo("136****1234");
        assertThat(row.get("education")).as("recruitment's name read as its GB/T 4658 code").isEqualTo("20");
        assertThat(outboxCount("dj.member.registered.v2", row.get("id"))).isEqualTo(1);

        redeliver(RecruitmentAdmitted.TYPE, Long.toString(applicant));
        publish(admission(applicant, idNumber(LocalDate.of(1998, 4, 4), false)));
        awaitConsumed(LifecycleListeners.ADMISSIONS, Topics.RECRUITMENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE applicant_id = ?", Integer.class, applicant))
                .isEqualTo(1);
        assertThat(outboxCount("dj.member.registered.v2", row.get("id"))).isEqualTo(1);
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
        LocalDate today = LocalDate.now();
        LocalDate yearAndAMonthAgo = today.minusYears(1).minusMonths(1);
        long confirmed = admit(yearAndAMonthAgo);
        long extended = admit(today.minusDays(10));
        long cancelled = admit(today.minusDays(10));
        LocalDate extendedTo = today.minusDays(10).plusYears(1).plusMonths(6);
        publish(new RecruitmentConfirmed(confirmed, RecruitmentConfirmed.CONFIRMED, today, null));
        publish(new RecruitmentConfirmed(extended, RecruitmentConfirmed.EXTENDED, today, extendedTo));
        publish(new RecruitmentConfirmed(cancelled, RecruitmentConfirmed.CANCELLED, today, null));

        await().atMost(WAIT).until(() -> "FULL".equals(column(confirmed, "standing"))
                && "LEFT".equals(column(cancelled, "state")) && column(extended, "probation_extended_to") != null);
        assertThat(column(confirmed, "full_date")).as("the end of probation, not the decision")
                .isEqualTo(yearAndAMonthAgo.plusYears(1).toString());
        assertThat(column(extended, "standing")).isEqualTo("PROBATIONARY");
        assertThat(column(extended, "probation_extended_to")).isEqualTo(extendedTo.toString());
        assertThat(column(cancelled, "leave_reason")).isEqualTo("PROBATION_CANCELLED");
        assertThat(column(cancelled, "standing")).isEqualTo("PROBATIONARY");
        long memberId = memberOf(confirmed);
        assertThat(jdbc.queryForObject("SELECT actor_username FROM member_change WHERE member_id = ? AND field = 'standing'",
                String.class, memberId)).isEqualTo("recruitment:" + confirmed);
        assertThat(outboxCount("dj.member.status-changed.v2", memberId)).isEqualTo(1);

        int changes = jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id = ?", Integer.class, memberId);
        redeliver(RecruitmentConfirmed.TYPE, Long.toString(confirmed));
        awaitConsumed(LifecycleListeners.PROBATION, Topics.RECRUITMENT);
        assertThat(outboxCount("dj.member.status-changed.v2", memberId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id = ?", Integer.class, memberId))
                .isEqualTo(changes);
    }

    @Test
    void aConfirmationBeforeOneFullYearOfProbationIsRefused() {
        long early = admit(LocalDate.now().minusMonths(11));
        publish(new RecruitmentConfirmed(early, RecruitmentConfirmed.CONFIRMED, LocalDate.now(), null));
        awaitConsumed(LifecycleListeners.PROBATION, Topics.RECRUITMENT);
        assertThat(column(early, "standing")).isEqualTo("PROBATIONARY");
        assertThat(column(early, "full_date")).isNull();
        assertThat(outboxCount("dj.member.status-changed.v2", memberOf(early))).isZero();
    }

    @Test
    void aMemberArrivingByTransferCountsOnlyOnArrival() {
        Map<String, Object> arriving = member(branchB, "王五", "MALE", idNumber(LocalDate.of(1982, 2, 2), true), null,
                "1982-02-02");
        arriving.put("arrivingByTransfer", true);
        JsonNode registered = register(arriving);
        long arriver = registered.get("id").asLong();
        assertThat(registered.get("state").asString()).isEqualTo("ARRIVING");
        Map<String, Object> refused = member(branchB, "赵六", "FEMALE", idNumber(LocalDate.of(1983, 3, 3), false), null,
                "1983-03-03");
        refused.put("arrivingByTransfer", true);
        long neverArrives = register(refused).get("id").asLong();
        int activeBefore = activeIn(branchB);

        publish(new TransferRejected(nextId(), neverArrives, "INTO_CITY", null, null, branchB, pathOf(branchB),
                "上海市某党委", null, "材料不全", Instant.now()));
        long transfer = nextId();
        publish(new TransferCompleted(transfer, arriver, "INTO_CITY", null, null, branchB, pathOf(branchB), "上海市某党委",
                Instant.now()));

        await().atMost(WAIT).until(() -> "ACTIVE".equals(jdbc.queryForObject("SELECT state FROM member WHERE id = ?",
                String.class, arriver)));
        awaitConsumed(LifecycleListeners.TRANSFERS, Topics.TRANSFER);
        assertThat(jdbc.queryForObject("SELECT state FROM member WHERE id = ?", String.class, neverArrives))
                .as("a rejected transfer leaves them not arrived").isEqualTo("ARRIVING");
        assertThat(activeIn(branchB)).isEqualTo(activeBefore + 1);
        assertThat(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.member.status-changed.v2'"
                + " AND aggregate_id = ?", String.class, Long.toString(arriver))).contains("\"change\":\"ARRIVED\"");
    }

    private int activeIn(long branch) {
        return ok(get(cityAdmin, "/api/members/stats?orgId=" + branch)).get("active").asInt();
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
                == branchB && "LEFT".equals(jdbc.queryForObject("SELECT state FROM member WHERE id = ?", String.class, leaver)));
        assertThat(jdbc.queryForObject("SELECT org_path FROM member WHERE id = ?", String.class, mover)).isEqualTo(pathOf(branchB));
        assertThat(get(TestTokens.orgAdmin(81, branchB, pathOf(branchB)), "/api/members/" + mover)).hasStatus(200);
        assertThat(get(TestTokens.orgAdmin(82, branchA, pathOf(branchA)), "/api/members/" + mover)).hasStatus(404);
        assertThat(outboxCount("dj.member.relocated.v1", mover)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT leave_reason FROM member WHERE id = ?", String.class, leaver))
                .as("transferred out: no longer in the city, not out of the Party").isEqualTo("TRANSFERRED_OUT");
        assertThat(outboxCount("dj.member.status-changed.v2", leaver)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT actor_username FROM member_change WHERE member_id = ? AND field = 'orgId'",
                String.class, mover)).isEqualTo("transfer:" + inCity);

        redeliver(TransferCompleted.TYPE, Long.toString(inCity));
        redeliver(TransferCompleted.TYPE, Long.toString(outOfCity));
        awaitConsumed(LifecycleListeners.TRANSFERS, Topics.TRANSFER);
        assertThat(outboxCount("dj.member.relocated.v1", mover)).isEqualTo(1);
        assertThat(outboxCount("dj.member.status-changed.v2", leaver)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id IN (?, ?)", Integer.class,
                mover, leaver)).isEqualTo(1 + 3);
    }

    private RecruitmentAdmitted admission(long applicant, String idNumber) {
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                + idNumber.substring(12, 14));
        return new RecruitmentAdmitted(applicant, branchA, pathOf(branchA), "新同志", (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE",
                "01", birth, idNumber, "13600001234", "大学本科", LocalDate.now().minusDays(10));
    }

    /** An applicant admitted on {@code admitted} and known as a probationary member. */
    private long admit(LocalDate admitted) {
        long applicant = nextId();
        RecruitmentAdmitted a = admission(applicant, idNumber(LocalDate.of(1997, 2, 2), false));
        publish(new RecruitmentAdmitted(a.applicantId(), a.orgId(), a.orgPath(), a.name(), a.gender(), a.ethnicity(),
                a.birthDate(), a.idNumber(), a.phone(), a.education(), admitted));
        await().atMost(WAIT).until(() -> memberOf(applicant) != null);
        return applicant;
    }

    private Long memberOf(long applicant) {
        return jdbc.query("SELECT id FROM member WHERE applicant_id = ?", rs -> rs.next() ? rs.getLong(1) : null, applicant);
    }

    private String column(long applicant, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM member WHERE applicant_id = ?", String.class, applicant);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
