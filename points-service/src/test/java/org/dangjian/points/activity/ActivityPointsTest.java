package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Recording organisational life gives the members present their points, once, and nothing to others. */
class ActivityPointsTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_registered_member_has_the_years_base_and_a_rank_before_any_activity() {
        long m = members.ranked(announceMember(branchA, "陈红"));
        put(branchAAdmin, "/api/points/rankings/visibility", Map.of("orgId", branchA, "shown", true));
        JsonNode statement = body(get(branchAAdmin, "/api/points/members/" + m));
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo(base());
        assertThat(statement.get("rank").asLong()).isEqualTo(1);
        assertThat(statement.get("entries")).isEmpty();
    }

    @Test
    void a_meeting_gives_the_present_their_points_once_even_when_the_request_is_retried() {
        long present = members.ranked(announceMember(branchA, "王芳"));
        long absent = members.ranked(announceMember(branchA, "李强"));
        long excused = members.ranked(announceMember(branchA, "赵丽"));
        Map<String, Object> meeting = meeting(branchA, List.of(
                Map.of("memberId", present, "presence", "PRESENT"),
                Map.of("memberId", absent, "presence", "ABSENT"),
                Map.of("memberId", excused, "presence", "EXCUSED", "reason", "出差")));

        MvcTestResult first = postOnce(branchAAdmin, "meeting-" + present, meeting);
        MvcTestResult retried = postOnce(branchAAdmin, "meeting-" + present, meeting);

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(first).get("present").asInt()).isEqualTo(1);
        assertThat(retried.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("SELECT COUNT(*) FROM activity WHERE org_id = ?", branchA)).isEqualTo(1);
        JsonNode rules = rules();
        assertThat(total(present)).isEqualByComparingTo(base().add(rules.get("perActivity").get("GENERAL_MEETING").decimalValue()));
        assertThat(total(absent)).isEqualByComparingTo(base().subtract(rules.get("absence").decimalValue()));
        assertThat(total(excused)).isEqualByComparingTo(base());
        JsonNode statement = body(get(branchAAdmin, "/api/points/members/" + present));
        assertThat(statement.get("entries")).hasSize(1);
        assertThat(statement.get("entries").get(0).get("label").asString()).isEqualTo("参加支部党员大会");
    }

    @Test
    void every_bad_line_of_the_attendance_is_reported_at_once() {
        long mine = members.ranked(announceMember(branchA, "周平"));
        long elsewhere = members.ranked(announceMember(branchB, "吴敏"));
        MvcTestResult r = post(branchAAdmin, "/api/points/activities", meeting(branchA, List.of(
                Map.of("memberId", mine, "presence", "PRESENT"),
                Map.of("memberId", elsewhere, "presence", "PRESENT"),
                Map.of("memberId", mine, "presence", "ABSENT"),
                Map.of("memberId", mine + 999_999, "presence", "EXCUSED"))));

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "attendance[1].memberId", "attendance[2].memberId", "attendance[3].memberId", "attendance[3].reason");
        assertThat(count("SELECT COUNT(*) FROM activity WHERE org_id = ?", branchA)).isZero();
        assertThat(total(mine)).isEqualByComparingTo(base());
    }

    @Test
    void another_branch_s_administrator_cannot_record_for_it_and_a_member_cannot_record_at_all() {
        long m = members.ranked(announceMember(branchA, "郑洁"));
        Map<String, Object> meeting = meeting(branchA, List.of(Map.of("memberId", m, "presence", "PRESENT")));
        assertThat(post(branchBAdmin, "/api/points/activities", meeting).getResponse().getStatus()).isEqualTo(404);
        assertThat(post(memberToken(m, branchA), "/api/points/activities", meeting).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(post(town1Admin, "/api/points/activities", meeting).getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void a_town_administrator_lists_the_activities_of_its_branches() {
        long a = members.ranked(announceMember(branchA, "钱伟"));
        long b = members.ranked(announceMember(branchB, "孙静"));
        post(branchAAdmin, "/api/points/activities", meeting(branchA, List.of(Map.of("memberId", a, "presence", "PRESENT"))));
        post(branchBAdmin, "/api/points/activities", meeting(branchB, List.of(Map.of("memberId", b, "presence", "PRESENT"))));

        JsonNode all = body(get(town1Admin, "/api/points/activities?orgId=" + town1));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode onlyB = body(get(branchBAdmin, "/api/points/activities"));
        assertThat(onlyB.get("items").findValuesAsString("orgId")).containsOnly(String.valueOf(branchB));
    }

    private Map<String, Object> meeting(long branch, List<Map<String, Object>> attendance) {
        return Map.of("orgId", branch, "type", "GENERAL_MEETING", "date", today().toString(), "topic",
                "学习贯彻党的二十届四中全会精神", "place", "党员活动室", "attendance", attendance);
    }

    private MvcTestResult postOnce(String token, String key, Object body) {
        return post(token, "/api/points/activities", body, key);
    }

    private JsonNode rules() {
        return body(get(cityAdmin, "/api/points/rules")).get("rules");
    }

    private java.math.BigDecimal base() {
        return rules().get("base").decimalValue();
    }

    private java.math.BigDecimal total(long member) {
        return body(get(cityAdmin, "/api/points/members/" + member)).get("total").decimalValue();
    }
}
