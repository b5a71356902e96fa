package org.dangjian.member.record.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The lifecycle routes, one explicit action each, as an administrator records them. */
class MemberLifecycleApiTest extends LifecycleApiTest {
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aProbationaryMemberCannotBeConfirmedBeforeOneFullYear() {
        LocalDate joined = today.minusMonths(11);
        long m = probationary("周九", joined);
        MvcTestResult early = post(cityAdmin, "/api/members/" + m + "/confirmation",
                withVersion(m, Map.of("meetingDate", today.toString(), "fullDate", today.toString())));
        assertThat(early).hasStatus(400);
        assertFieldProblem(early, "fullDate", "MEMBER_PROBATION_NOT_OVER");
        assertThat(ok(get(cityAdmin, "/api/members/" + m)).get("standing").asString()).isEqualTo("PROBATIONARY");
    }

    @Test
    void fullMembershipDatesFromTheEndOfProbationNotTheDecision() {
        LocalDate joined = today.minusMonths(14);
        long m = probationary("吴十", joined);
        JsonNode confirmed = act(m, "confirmation", Map.of("meetingDate", today.toString(),
                "fullDate", joined.plusYears(1).toString()));
        assertThat(confirmed.get("standing").asString()).isEqualTo("FULL");
        assertThat(confirmed.get("fullDate").asString()).isEqualTo(joined.plusYears(1).toString());
        assertThat(jdbc.queryForObject("SELECT confirmation_meeting_date FROM member WHERE id = ?", String.class, m))
                .isEqualTo(today.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox WHERE event_type = 'dj.member.status-changed.v2'"
                + " AND aggregate_id = ?", Integer.class, Long.toString(m))).isEqualTo(1);

        MvcTestResult again = post(cityAdmin, "/api/members/" + m + "/confirmation",
                withVersion(m, Map.of("meetingDate", today.toString(), "fullDate", joined.plusYears(1).toString())));
        assertThat(again).hasStatus(409);
        assertThat(body(again).get("code").asString()).isEqualTo("MEMBER_STATUS_TRANSITION_INVALID");
    }

    @Test
    void probationIsExtendedOnceBySixToTwelveMonths() {
        LocalDate joined = today.minusMonths(13);
        LocalDate regularEnd = joined.plusYears(1);
        long m = probationary("郑一", joined);
        MvcTestResult tooShort = post(cityAdmin, "/api/members/" + m + "/probation-extension",
                withVersion(m, Map.of("extendedTo", regularEnd.plusMonths(5).toString())));
        assertThat(tooShort).hasStatus(400);
        assertFieldProblem(tooShort, "extendedTo", "MEMBER_PROBATION_EXTENSION_LENGTH");
        MvcTestResult tooLong = post(cityAdmin, "/api/members/" + m + "/probation-extension",
                withVersion(m, Map.of("extendedTo", regularEnd.plusMonths(12).plusDays(1).toString())));
        assertThat(tooLong).hasStatus(400);

        JsonNode extended = act(m, "probation-extension", Map.of("extendedTo", regularEnd.plusMonths(6).toString()));
        assertThat(extended.get("standing").asString()).isEqualTo("PROBATIONARY");
        assertThat(extended.get("probationExtendedTo").asString()).isEqualTo(regularEnd.plusMonths(6).toString());

        MvcTestResult second = post(cityAdmin, "/api/members/" + m + "/probation-extension",
                withVersion(m, Map.of("extendedTo", regularEnd.plusMonths(7).toString())));
        assertThat(second).hasStatus(409);
        assertThat(body(second).get("code").asString()).isEqualTo("MEMBER_PROBATION_ALREADY_EXTENDED");

        MvcTestResult beforeTheExtensionEnds = post(cityAdmin, "/api/members/" + m + "/confirmation",
                withVersion(m, Map.of("meetingDate", today.toString(), "fullDate", regularEnd.toString())));
        assertThat(beforeTheExtensionEnds).hasStatus(400);
        assertFieldProblem(beforeTheExtensionEnds, "fullDate", "MEMBER_PROBATION_NOT_OVER");
    }

    @Test
    void aRestoredMemberGetsBackTheStandingTheSuspensionInterrupted() {
        long m = probationary("冯二", today.minusMonths(3));
        JsonNode suspended = act(m, "suspension", Map.of("note", "党委决定"));
        assertThat(suspended.get("state").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("standing").asString()).isEqualTo("PROBATIONARY");
        assertThat(ok(get(cityAdmin, "/api/members/stats?orgId=" + branchA)).get("active").asInt()).isZero();

        JsonNode restored = act(m, "restoration", Map.of());
        assertThat(restored.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(restored.get("standing").asString()).as("not made full by the restoration").isEqualTo("PROBATIONARY");
        assertThat(restored.has("fullDate")).as("no full-membership date").isFalse();

        MvcTestResult notSuspended = post(cityAdmin, "/api/members/" + m + "/restoration", withVersion(m, Map.of()));
        assertThat(notSuspended).hasStatus(409);
    }

    @Test
    void aMobileMemberKeepsTheirStanding() {
        long m = probationary("陈三", today.minusMonths(5));
        MvcTestResult badRegion = post(cityAdmin, "/api/members/" + m + "/mobility",
                withVersion(m, Map.of("region", "991234")));
        assertThat(badRegion).hasStatus(400);
        assertFieldProblem(badRegion, "region", "MEMBER_REGION_INVALID");

        JsonNode mobile = act(m, "mobility", Map.of("region", "310115", "since", today.minusDays(3).toString(),
                "city", "上海市", "unit", "某公司"));
        assertThat(mobile.get("standing").asString()).isEqualTo("PROBATIONARY");
        assertThat(mobile.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(mobile.get("mobile").get("region").asString()).isEqualTo("310115");
        assertThat(mobile.get("mobile").get("since").asString()).isEqualTo(today.minusDays(3).toString());
        assertThat(ok(get(cityAdmin, "/api/members/stats?orgId=" + branchA)).get("active").asInt())
                .as("a mobile member still counts in their branch").isEqualTo(1);

        JsonNode back = act(m, "mobility-end", Map.of());
        assertThat(back.has("mobile") && !back.get("mobile").isNull()).isFalse();
        assertThat(back.get("standing").asString()).isEqualTo("PROBATIONARY");
        List<String> fields = jdbc.queryForList("SELECT DISTINCT field FROM member_change WHERE member_id = ?", String.class, m);
        assertThat(fields).contains("mobile", "mobileRegion", "mobileSince").doesNotContain("standing");
    }

    @Test
    void leavingNamesACodedReason() {
        long m = register(new NewMember(branchA, "褚四").born(LocalDate.of(1970, 1, 1)));
        MvcTestResult noReason = post(cityAdmin, "/api/members/" + m + "/leaving", withVersion(m, Map.of("note", "x")));
        assertThat(noReason).hasStatus(400);
        assertThat(body(noReason).get("errors").findValuesAsString("field")).contains("reason");
        MvcTestResult transferOut = post(cityAdmin, "/api/members/" + m + "/leaving",
                withVersion(m, Map.of("reason", "TRANSFERRED_OUT")));
        assertThat(transferOut).as("transferring out goes through a transfer").hasStatus(400);
        MvcTestResult cancelFull = post(cityAdmin, "/api/members/" + m + "/leaving",
                withVersion(m, Map.of("reason", "PROBATION_CANCELLED")));
        assertThat(cancelFull).as("only a probationary membership can be cancelled").hasStatus(409);

        JsonNode expelled = act(m, "leaving", Map.of("reason", "EXPELLED", "note", "党委决定"));
        assertThat(expelled.get("state").asString()).isEqualTo("LEFT");
        assertThat(expelled.get("leaveReason").asString()).isEqualTo("EXPELLED");
        assertThat(expelled.get("leaveReasonName").asString()).isEqualTo("开除党籍");
        assertThat(expelled.get("standing").asString()).isEqualTo("FULL");

        MvcTestResult again = post(cityAdmin, "/api/members/" + m + "/leaving", withVersion(m, Map.of("reason", "DECEASED")));
        assertThat(again).hasStatus(409);
    }

    @Test
    void theLifecycleRoutesAreForAdministratorsWithinTheirSubtree() {
        long m = register(new NewMember(branchC, "卫五").born(LocalDate.of(1972, 1, 1)));
        MvcTestResult outside = post(town1Admin, "/api/members/" + m + "/suspension", withVersion(m, Map.of()));
        assertThat(outside).hasStatus(404);
        String self = TestTokens.token(90, "m" + m, branchC, pathOf(branchC), List.of("MEMBER"), m,
                java.time.Duration.ofMinutes(5));
        assertThat(post(self, "/api/members/" + m + "/suspension", withVersion(m, Map.of()))).hasStatus(403);
    }

    @Test
    void aDirectlyRegisteredMemberMustHaveBeen18AtTheJoinDate() {
        LocalDate born = LocalDate.of(2000, 6, 1);
        MvcTestResult seventeen = post(cityAdmin, "/api/members",
                new NewMember(branchA, "蒋六").born(born).joined(born.plusYears(18).minusDays(1)).body());
        assertThat(seventeen).hasStatus(400);
        assertFieldProblem(seventeen, "joinDate", "MEMBER_JOINED_UNDER_MINIMUM_AGE");
        assertThat(post(cityAdmin, "/api/members",
                new NewMember(branchA, "蒋六").born(born).joined(born.plusYears(18)).body())).hasStatus(201);
    }

    private long probationary(String name, LocalDate joined) {
        return register(new NewMember(branchA, name).born(LocalDate.of(1995, 3, 3)).joined(joined)
                .with("standing", "PROBATIONARY"));
    }

    /** The problem names {@code field}, with the message of {@code code} (zh-CN, as users read it). */
    private void assertFieldProblem(MvcTestResult result, String field, String code) {
        String words = Map.of("MEMBER_PROBATION_NOT_OVER", "预备期满一年",
                "MEMBER_PROBATION_EXTENSION_LENGTH", "预备期延长须为",
                "MEMBER_REGION_INVALID", "行政区划代码",
                "MEMBER_JOINED_UNDER_MINIMUM_AGE", "年满十八周岁").get(code);
        JsonNode errors = body(result).get("errors");
        assertThat(errors).as(body(result).toString()).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("message").asString()).contains(words);
        });
    }
}
