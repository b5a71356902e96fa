package org.dangjian.points.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.points.PointsTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The daily watch warns about members without organisational life, once, and clears when they come back. */
class WarningTest extends PointsTestSupport {
    @Autowired
    WarningWatch watch;

    @Test
    void a_member_without_organisational_life_for_three_months_is_warned_once_and_cleared_on_return() {
        long away = member(branchA, "高远");
        long active = member(branchA, "林立");
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
    void a_member_registered_today_is_not_warned_however_long_ago_they_joined() {
        long newcomer = member(branchB, "新党员");
        watch.run(today());
        assertThat(count("SELECT COUNT(*) FROM warning WHERE member_id = ?", newcomer)).isZero();
    }

    @Test
    void the_watch_on_demand_is_the_city_administrator_s_and_not_for_future_dates() {
        assertThat(post(branchAAdmin, "/api/points/warnings/run", Map.of()).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.post().uri("/api/points/warnings/run?date=" + today().plusDays(1))
                .header("Authorization", "Bearer " + cityAdmin).exchange().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.post().uri("/api/points/warnings/run").header("Authorization", "Bearer " + cityAdmin).exchange()
                .getResponse().getStatus()).isEqualTo(200);
    }

    private void attend(long member) {
        assertThat(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "STUDY", "date",
                today().toString(), "topic", "集中学习", "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);
    }
}
