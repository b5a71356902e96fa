package org.dangjian.points.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The daily watch warns about members without organisational life, once, and clears when they come back. */
class WarningTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;
    @Autowired
    WarningWatch watch;

    @Test
    void a_member_without_organisational_life_for_three_months_is_warned_once_and_cleared_on_return() {
        long away = members.ranked(announceMember(branchA, "高远"));
        long active = members.ranked(announceMember(branchA, "林立"));
        jdbc.update("UPDATE member_watch SET tracked_since = ? WHERE member_id IN (?, ?)",
                Date.valueOf(today().minusMonths(4)), away, active);
        attend(active);

        watch.run(today());
        watch.run(today());

        JsonNode open = body(get(branchAAdmin, "/api/points/warnings"));
        assertThat(open.get("items").findValuesAsString("memberId")).containsExactly(String.valueOf(away));
        JsonNode warning = open.get("items").get(0);
        assertThat(warning.get("kind").asString()).isEqualTo("NO_ORG_LIFE");
        assertThat(warning.get("months").asInt()).isEqualTo(4);
        assertThat(warning.get("name").asString()).isEqualTo("高远");
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                PointsWarningRaised.TYPE, String.valueOf(away))).as("announced once, however often the watch runs")
                .isEqualTo(1);
        assertThat(get(branchBAdmin, "/api/points/warnings?orgId=" + branchA).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(memberToken(away, branchA), "/api/points/warnings").getResponse().getStatus()).isEqualTo(403);

        attend(away);
        watch.run(today());
        assertThat(body(get(branchAAdmin, "/api/points/warnings")).get("total").asInt()).isZero();
        assertThat(count("SELECT COUNT(*) FROM warning WHERE member_id = ? AND cleared_on IS NOT NULL", away)).isEqualTo(1);
    }

    @Test
    void dues_unpaid_three_months_warn_six_months_flag_and_paying_last_month_clears() {
        long three = members.ranked(announceMember(branchA, "欠三月"));
        long six = members.ranked(announceMember(branchA, "欠六月"));
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        for (long m : List.of(three, six)) {
            for (int year : List.of(last.getYear() - 1, last.getYear())) {
                assertThat(post(branchAAdmin, "/api/points/dues/bases", Map.of("memberId", m, "year", year,
                        "group", "EMPLOYED", "base", "4000")).getResponse().getStatus()).isIn(200, 201);
            }
        }
        paidUpTo(three, last.minusMonths(3));
        paidUpTo(six, last.minusMonths(6));

        watch.run(today());

        Map<String, JsonNode> byMember = new java.util.HashMap<>();
        body(get(branchAAdmin, "/api/points/warnings?kind=DUES_UNPAID")).get("items")
                .forEach(w -> byMember.put(w.get("memberId").asString(), w));
        assertThat(byMember.get(String.valueOf(three)).get("months").asInt()).isEqualTo(3);
        assertThat(byMember.get(String.valueOf(three)).get("level").asString()).isEqualTo("WARN");
        assertThat(byMember.get(String.valueOf(six)).get("months").asInt()).isEqualTo(6);
        assertThat(byMember.get(String.valueOf(six)).get("level").asString())
                .as("the point where only people may decide the member has left").isEqualTo("FLAG");

        assertThat(post(branchAAdmin, "/api/points/dues/payments", Map.of("memberId", three, "months",
                List.of(last.minusMonths(2).toString(), last.minusMonths(1).toString(), last.toString()),
                "amount", "120.00", "paidOn", today().toString())).getResponse().getStatus()).isEqualTo(201);
        watch.run(today());
        assertThat(body(get(branchAAdmin, "/api/points/warnings?kind=DUES_UNPAID")).get("items")
                .findValuesAsString("memberId")).containsExactly(String.valueOf(six));
    }

    @Test
    void noOrganisationalLifeForThreeMonthsRaisesAWarningAndSixAFlag() {
        long three = members.ranked(announceMember(branchA, "三月未到"));
        long six = members.ranked(announceMember(branchA, "六月未到"));
        trackedSince(today().minusMonths(3), three);
        trackedSince(today().minusMonths(6), six);

        watch.run(today());

        Map<String, JsonNode> byMember = openByMember("NO_ORG_LIFE");
        assertThat(byMember.get(String.valueOf(three)).get("level").asString()).isEqualTo("WARN");
        assertThat(byMember.get(String.valueOf(six)).get("level").asString())
                .as("six months: for people to weigh whether the member has left").isEqualTo("FLAG");
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ? AND payload LIKE ?",
                PointsWarningRaised.TYPE, String.valueOf(six), "%FLAG%")).as("the flag is announced").isEqualTo(1);
    }

    @Test
    void aWarningAlreadyOpenIsFlaggedWhenTheMonthsReachSix() {
        long away = members.ranked(announceMember(branchA, "渐远"));
        trackedSince(today().minusMonths(5), away);
        watch.run(today());
        assertThat(openByMember("NO_ORG_LIFE").get(String.valueOf(away)).get("level").asString()).isEqualTo("WARN");

        watch.run(today().plusMonths(1));

        assertThat(openByMember("NO_ORG_LIFE").get(String.valueOf(away)).get("level").asString()).isEqualTo("FLAG");
    }

    @Test
    void anExcusedAbsenceCountsAsTakingPart() {
        long excused = members.ranked(announceMember(branchA, "请假者"));
        long absent = members.ranked(announceMember(branchA, "缺席者"));
        trackedSince(today().minusMonths(4), excused, absent);
        record(branchAAdmin, branchA, List.of(
                Map.of("memberId", excused, "presence", "EXCUSED", "reason", "外出务工"),
                Map.of("memberId", absent, "presence", "ABSENT")));

        watch.run(today());

        Map<String, JsonNode> open = openByMember("NO_ORG_LIFE");
        assertThat(open).doesNotContainKey(String.valueOf(excused));
        assertThat(open).as("an unexcused absence is no organisational life").containsKey(String.valueOf(absent));
    }

    @Test
    void theMonthsBeforeAWarningAreTheOrganisationalLifeRulesInForce() {
        long away = members.ranked(announceMember(branchA, "两月未到"));
        trackedSince(today().minusMonths(2), away);
        assertThat(put(cityAdmin, "/api/points/rule-sets/organisational-life", Map.of("effectiveFrom", today().toString(),
                "source", "本市规定：连续两个月未参加组织生活即预警", "value", Map.of("requirements", List.of(
                        Map.of("type", "THEME_DAY", "period", "MONTH")), "fullMembersForACommittee", 7,
                        "warnAfterMonthsWithout", 2, "flagAfterMonthsWithout", 4))).getResponse().getStatus())
                .isEqualTo(200);

        try {
            watch.run(today());

            assertThat(openByMember("NO_ORG_LIFE")).containsKey(String.valueOf(away));
        } finally {
            jdbc.update("DELETE FROM rule_set WHERE name = 'organisational-life' AND created_by IS NOT NULL");
        }
    }

    @Test
    void aMobileMembersMeetingAtTheBranchWhereTheyLiveCounts() {
        long mobile = nextId();
        publish(new MemberRegisteredV2(mobile, branchA, pathOf(branchA), "在外务工", "MALE", LocalDate.of(1990, 1, 5),
                LocalDate.of(2015, 7, 1), new MembershipStatus("FULL", "ACTIVE", null, true), null));
        members.ranked(mobile);
        trackedSince(today().minusMonths(4), mobile);
        long host = members.ranked(announceMember(branchB, "东道主"));

        MvcTestResult recorded = record(branchBAdmin, branchB, List.of(Map.of("memberId", host, "presence", "PRESENT"),
                Map.of("memberId", mobile, "presence", "PRESENT", "guest", true)));
        assertThat(recorded.getResponse().getStatus()).isEqualTo(201);
        watch.run(today());

        assertThat(openByMember("NO_ORG_LIFE")).as("counted for the member's own branch")
                .doesNotContainKey(String.valueOf(mobile));
        JsonNode activity = body(get(branchBAdmin, "/api/points/activities/" + body(recorded).get("id").asString()));
        JsonNode guestLine = null;
        for (JsonNode line : activity.get("attendance")) {
            if (line.get("memberId").asString().equals(String.valueOf(mobile))) {
                guestLine = line;
            }
        }
        assertThat(guestLine).isNotNull();
        assertThat(guestLine.get("guest").asBoolean()).isTrue();
    }

    @Test
    void onlyAMemberOfTheCityFromAnotherBranchIsAGuest() {
        long own = members.ranked(announceMember(branchB, "本支部"));

        MvcTestResult refused = record(branchBAdmin, branchB, List.of(
                Map.of("memberId", own, "presence", "PRESENT", "guest", true),
                Map.of("memberId", 987_654_321L, "presence", "PRESENT", "guest", true)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("attendance[0].guest", "attendance[1].memberId");
    }

    private void trackedSince(java.time.LocalDate day, long... memberIds) {
        for (long m : memberIds) {
            jdbc.update("UPDATE member_watch SET tracked_since = ? WHERE member_id = ?", Date.valueOf(day), m);
        }
    }

    private Map<String, JsonNode> openByMember(String kind) {
        Map<String, JsonNode> byMember = new java.util.HashMap<>();
        body(get(cityAdmin, "/api/points/warnings?size=100&orgId=" + town1 + "&kind=" + kind)).get("items")
                .forEach(w -> byMember.put(w.get("memberId").asString(), w));
        return byMember;
    }

    private MvcTestResult record(String admin, long branch, List<Map<String, Object>> attendance) {
        return post(admin, "/api/points/activities", Map.of("orgId", branch, "type", "THEME_DAY", "date",
                today().toString(), "topic", "主题党日", "attendance", attendance));
    }

    /** Seeds payments for every month from two years back through {@code until} (older than the API allows). */
    private void paidUpTo(long member, YearMonth until) {
        for (YearMonth m = YearMonth.of(until.getYear() - 2, 1); !m.isAfter(until); m = m.plusMonths(1)) {
            jdbc.update("INSERT INTO dues_payment (member_id, year, month, due, paid, paid_on, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, 40.00, 40.00, ?, 1, NOW(6))", member, m.getYear(), m.getMonthValue(),
                    Date.valueOf(m.atDay(5)));
        }
    }

    @Test
    void a_member_registered_today_is_not_warned_however_long_ago_they_joined() {
        long newcomer = members.ranked(announceMember(branchB, "新党员"));
        watch.run(today());
        assertThat(count("SELECT COUNT(*) FROM warning WHERE member_id = ?", newcomer)).isZero();
    }

    @Test
    void the_watch_on_demand_is_the_city_administrator_s() {
        assertThat(post(branchAAdmin, "/api/points/warnings/run", Map.of()).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(HttpMethod.POST, cityAdmin, "/api/points/warnings/run", null, null).getResponse().getStatus())
                .isEqualTo(200);
    }

    /** Tests run in development mode, like a rehearsal platform: the watch may look at a day to come. */
    @Test
    void in_development_mode_the_watch_on_demand_may_run_for_a_day_to_come() {
        MvcTestResult run = send(HttpMethod.POST, cityAdmin, "/api/points/warnings/run?date=" + today().plusDays(1), null, null);

        assertThat(run.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(run).get("date").asString()).isEqualTo(today().plusDays(1).toString());
    }

    /** Outside development mode a day to come would raise warnings early: refused before anything runs. */
    @Test
    void outside_development_mode_the_watch_on_demand_refuses_a_day_to_come() {
        var production = new WarningController(null, watch, new DevelopmentMode(false), clock);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> production.run(today().plusDays(1)));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.fieldProblems()).extracting(ApiException.FieldProblem::field).containsExactly("date");
    }

    private void attend(long member) {
        assertThat(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "STUDY", "date",
                today().toString(), "topic", "集中学习", "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);
    }
}
