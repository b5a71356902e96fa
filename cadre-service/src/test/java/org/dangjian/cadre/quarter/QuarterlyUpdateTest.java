package org.dangjian.cadre.quarter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.cadre.CadreQuarterConfirmed;
import org.dangjian.contracts.cadre.CadreQuarterOverdue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The quarterly update (按季度更新) as the organisations and their superiors live it. */
class QuarterlyUpdateTest extends CadreApiTest {
    @Autowired
    QuarterCycle cycle;

    @Test
    void every_organisation_with_a_post_held_gets_the_quarters_task_and_confirms_it_once() {
        secretaryOf(branchC, "钱书记", today().minusYears(2));
        secretaryOf(town2, "孙书记", today().minusYears(2));
        JsonNode ran = ok(post(cityAdmin, "/api/cadres/quarters/run", null));
        assertThat(ran.get("quarter").asString()).isEqualTo(Quarter.of(today()).toString());
        assertThat(ran.get("opened").asInt()).isGreaterThanOrEqualTo(2);

        JsonNode town = ok(get(town2Admin, "/api/cadres/quarter-tasks?orgId=" + town2));
        assertThat(town.get("total").asInt()).as("the town's committee and its village").isEqualTo(2);
        assertThat(town.get("items").valueStream().map(t -> t.get("status").asString())).containsOnly("OPEN");
        JsonNode village = town.get("items").valueStream()
                .filter(t -> t.get("orgId").asLong() == branchC).findFirst().orElseThrow();
        assertThat(village.get("dueOn").asString())
                .isEqualTo(Quarter.of(today()).lastDay().plusDays(10).toString());
        String task = village.get("id").asString();

        assertThat(post(town1Admin, "/api/cadres/quarter-tasks/" + task + "/confirm", Map.of()))
                .as("another town's administrator does not reach it").hasStatus(404);
        JsonNode confirmed = ok(post(branchCAdmin, "/api/cadres/quarter-tasks/" + task + "/confirm",
                Map.of("note", "本季度无变化")));
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("confirmedOn").asString()).isEqualTo(today().toString());
        assertThat(confirmed.get("posts").asInt()).isEqualTo(1);
        assertThat(confirmed.get("note").asString()).isEqualTo("本季度无变化");
        assertThat(outboxCount(CadreQuarterConfirmed.TYPE, branchC)).isEqualTo(1);
        assertThat(post(branchCAdmin, "/api/cadres/quarter-tasks/" + task + "/confirm", Map.of()))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("CADRE_QUARTER_CONFIRMED");

        ok(post(cityAdmin, "/api/cadres/quarters/run", null));
        JsonNode progress = ok(get(town2Admin, "/api/cadres/quarter-tasks/progress?orgId=" + town2));
        assertThat(progress.get("tasks").asInt()).as("a second run the same quarter opens no second task").isEqualTo(2);
        assertThat(progress.get("confirmed").asInt()).isEqualTo(1);
        assertThat(progress.get("open").asInt()).isEqualTo(1);
        assertThat(progress.get("overdue").asInt()).isZero();
        assertThat(get(town2Admin, "/api/cadres/quarter-tasks?quarter=2026Q4")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("quarter");
        assertThat(get(branchAAdmin, "/api/cadres/quarter-tasks?orgId=" + town2)).hasStatus(404);
    }

    @Test
    void an_organisation_past_the_due_date_is_reminded_once_then_weekly_and_listed_for_its_superior() {
        LocalDate then = today().minusMonths(6);
        Quarter past = Quarter.of(then);
        secretaryOf(branchC, "周书记", today().minusYears(3));
        secretaryOf(town2, "吴书记", today().minusYears(3));
        ok(post(cityAdmin, "/api/cadres/quarters/run?date=" + then, null));
        String villageTask = taskOf(town2Admin, past, branchC).get("id").asString();
        JsonNode late = ok(post(branchCAdmin, "/api/cadres/quarter-tasks/" + villageTask + "/confirm", Map.of()));
        assertThat(late.get("status").asString()).as("a late confirmation is accepted").isEqualTo("CONFIRMED");

        JsonNode overdue = ok(get(town2Admin, "/api/cadres/quarter-tasks?orgId=" + town2 + "&quarter=" + past
                + "&status=OVERDUE"));
        assertThat(overdue.get("items").valueStream().map(t -> t.get("orgId").asLong())).containsExactly(town2);

        int reminded = ok(post(cityAdmin, "/api/cadres/quarters/run", null)).get("reminded").asInt();
        assertThat(reminded).isGreaterThanOrEqualTo(1);
        assertThat(outboxCount(CadreQuarterOverdue.TYPE, town2)).isEqualTo(1);
        assertThat(outboxCount(CadreQuarterOverdue.TYPE, branchC)).as("confirmed, if late").isZero();
        ok(post(cityAdmin, "/api/cadres/quarters/run", null));
        assertThat(outboxCount(CadreQuarterOverdue.TYPE, town2)).as("once a day at most").isEqualTo(1);
        cycle.run(today().plusDays(6));
        assertThat(outboxCount(CadreQuarterOverdue.TYPE, town2)).isEqualTo(1);
        cycle.run(today().plusDays(7));
        assertThat(outboxCount(CadreQuarterOverdue.TYPE, town2)).as("again a week later").isEqualTo(2);
        assertThat(taskOf(town2Admin, past, town2).get("remindedOn").asString())
                .isEqualTo(today().plusDays(7).toString());
    }

    @Test
    void a_past_quarters_analytics_are_its_snapshot_not_todays_records() {
        LocalDate then = today().minusYears(1);
        Quarter past = Quarter.of(then);
        String leaving = secretaryOf(branchC, "郑书记", today().minusYears(4));
        secretaryOf(town2, "王书记", today().minusYears(4));
        ok(post(cityAdmin, "/api/cadres/quarters/run?date=" + then, null));
        assertThat(get(town2Admin, "/api/cadres/analytics?orgId=" + town2 + "&quarter=" + Quarter.of(today())))
                .as("no snapshot before the quarter's update is due").hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("CADRE_QUARTER_SNAPSHOT_NOT_FOUND");

        JsonNode ran = ok(post(cityAdmin, "/api/cadres/quarters/run", null));
        assertThat(ran.get("snapshots").valueStream().map(JsonNode::asString)).contains(past.toString());
        ok(post(town2Admin, "/api/cadres/appointments/" + leaving + "/end", Map.of("endsOn", today().toString())));
        String newcomer = otherCadre(town2Admin, branchC, "新任者").get("id").asString();
        ok(post(town2Admin, "/api/cadres/" + newcomer + "/appointments", post(branchC, "COMMITTEE_MEMBER", today())));

        JsonNode snapshot = ok(get(town2Admin, "/api/cadres/analytics?orgId=" + town2 + "&quarter=" + past));
        assertThat(snapshot.get("quarter").asString()).isEqualTo(past.toString());
        assertThat(snapshot.get("asOf").asString()).isEqualTo(past.lastDay().toString());
        assertThat(snapshot.get("cadres").asInt()).as("both secretaries then; not the newcomer").isEqualTo(2);
        assertThat(snapshot.get("secretaries").asInt()).isEqualTo(2);
        assertThat(snapshot.get("vacancies").asInt()).isZero();
        JsonNode today = ok(get(town2Admin, "/api/cadres/analytics?orgId=" + town2));
        assertThat(today.get("secretaries").asInt()).isEqualTo(1);
        assertThat(today.get("vacancies").asInt()).isEqualTo(1);
        assertThat(today.get("cadres").asInt()).isEqualTo(2);
        assertThat(get(town2Admin, "/api/cadres/analytics?orgId=" + town2 + "&quarter=2026-Q5")).hasStatus(400);
    }

    /** A secretary who is not a member, in office since {@code since}; answers the appointment's id. */
    private String secretaryOf(long org, String name, LocalDate since) {
        String cadre = otherCadre(town2Admin, org, name).get("id").asString();
        return ok(post(town2Admin, "/api/cadres/" + cadre + "/appointments", post(org, "SECRETARY", since)))
                .get("id").asString();
    }

    private JsonNode taskOf(String admin, Quarter quarter, long org) {
        return ok(get(admin, "/api/cadres/quarter-tasks?orgId=" + org + "&quarter=" + quarter)).get("items")
                .valueStream().filter(t -> t.get("orgId").asLong() == org).findFirst().orElseThrow();
    }
}
