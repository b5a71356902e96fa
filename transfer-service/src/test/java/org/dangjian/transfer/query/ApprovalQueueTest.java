package org.dangjian.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.decision;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.time.LocalDate;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/transfers/pending} and {@code /overdue}: what waits for whom, and what waits too long. */
class ApprovalQueueTest extends TreeApiTest {
    @Autowired
    WorkingDays workingDays;

    @Test
    void a_transfer_waits_for_the_sending_town_until_it_approves_then_for_the_receiving_town() {
        long id = registerInCity(member(branchA, "陈一"), branchC);

        assertThat(ids(ok(get(town1Admin, "/api/transfers/pending")))).containsExactly(id);
        assertThat(ids(ok(get(town2Admin, "/api/transfers/pending")))).isEmpty();

        ok(post(town1Admin, "/api/transfers/" + id + "/approve", decision("同意")));
        assertThat(ids(ok(get(town1Admin, "/api/transfers/pending")))).isEmpty();
        JsonNode town2Waits = ok(get(town2Admin, "/api/transfers/pending"));
        assertThat(ids(town2Waits)).containsExactly(id);
        assertThat(town2Waits.get("total").asInt()).isEqualTo(1);
        assertThat(town2Waits.get("items").get(0).get("steps").findValuesAsString("status"))
                .containsExactly("APPROVED", "PENDING");

        ok(post(town2Admin, "/api/transfers/" + id + "/approve", decision(null)));
        assertThat(ids(ok(get(town2Admin, "/api/transfers/pending")))).isEmpty();
    }

    @Test
    void the_city_administrator_is_asked_for_the_city_level_steps_only() {
        long inCity = registerInCity(member(branchA, "沈八"), branchC);
        MvcTestResult registered = post(branchAAdmin, "/api/transfers", Map.of("memberId", String.valueOf(
                        member(branchA, "韩九")), "kind", "OUT_OF_CITY", "externalOrg", "中共上海市浦东新区张江镇委员会",
                "externalRegion", "310115", "externalAddress", "张江路 1 号", "reasonCode", "01",
                "plannedDate", today().plusDays(7).toString()));
        long outOfCity = body(registered).get("id").asLong();
        ok(post(town1Admin, "/api/transfers/" + outOfCity + "/approve", decision(null)));

        JsonNode cityWaits = ok(get(cityAdmin, "/api/transfers/pending"));
        assertThat(ids(cityWaits)).as("town 1 decides the in-city one").containsExactly(outOfCity)
                .doesNotContain(inCity);
        assertThat(ids(ok(get(cityAdmin, "/api/transfers?orgId=" + root + "&kind=OUT_OF_CITY"))))
                .containsExactly(outOfCity);
    }

    @Test
    void the_most_urgent_comes_first_and_members_and_branches_have_nothing_to_approve() {
        long later = registerInCity(member(branchA, "林二"), branchB);
        long sooner = registerInCity(member(branchB, "黄三"), branchA);
        setDueDate(later, 1, today().plusDays(9));
        setDueDate(sooner, 1, today().plusDays(2));

        assertThat(ids(ok(get(town1Admin, "/api/transfers/pending")))).containsExactly(sooner, later);
        assertThat(ids(ok(get(town1Admin, "/api/transfers/pending?size=1&page=2")))).containsExactly(later);
        assertThat(ids(ok(get(branchAAdmin, "/api/transfers/pending")))).isEmpty();
        long member = member(branchA, "何四");
        JsonNode memberWaits = ok(get(memberToken(member, branchA), "/api/transfers/pending"));
        assertThat(memberWaits.get("total").asInt()).isZero();
        assertThat(ok(get(auditorToken(town1, path(root, town1)), "/api/transfers/pending")).get("total").asInt())
                .isZero();
    }

    @Test
    void a_step_past_its_due_date_is_listed_for_the_approver_and_its_superiors() {
        long m = member(branchA, "郭五");
        long id = registerInCity(m, branchC);
        long notLate = registerInCity(member(branchB, "马六"), branchA);
        LocalDate due = today().minusDays(10);
        setDueDate(id, 1, due);

        JsonNode city = ok(get(cityAdmin, "/api/transfers/overdue?orgId=" + root));
        assertThat(city.get("total").asInt()).isEqualTo(1);
        JsonNode step = city.get("items").get(0);
        assertThat(step.get("transferId").asLong()).isEqualTo(id);
        assertThat(step.get("memberName").asString()).isEqualTo("郭五");
        assertThat(step.get("kind").asString()).isEqualTo("IN_CITY");
        assertThat(step.get("seq").asInt()).isEqualTo(1);
        assertThat(step.get("orgId").asLong()).isEqualTo(town1);
        assertThat(step.get("orgName").asString()).isEqualTo("玉山镇党委");
        assertThat(step.get("dueDate").asString()).isEqualTo(due.toString());
        assertThat(step.get("daysOverdue").asInt()).isEqualTo(workingDays.countAfter(due, today()));
        assertThat(step.get("calendarDaysOverdue").asInt()).isEqualTo(10);
        assertThat(step.get("pendingSince").asString()).isNotBlank();
        assertThat(ok(get(town1Admin, "/api/transfers/overdue")).findValuesAsString("transferId"))
                .containsExactly(String.valueOf(id)).doesNotContain(String.valueOf(notLate));
        assertThat(ok(get(town2Admin, "/api/transfers/overdue")).get("total").asInt())
                .as("town 2's own steps are on time").isZero();

        ok(post(town1Admin, "/api/transfers/" + id + "/approve", decision(null)));
        assertThat(ok(get(cityAdmin, "/api/transfers/overdue?orgId=" + root)).get("total").asInt())
                .as("the next step has its own fresh due date").isZero();
        setDueDate(id, 2, today().minusDays(1));
        assertThat(ok(get(town2Admin, "/api/transfers/overdue")).findValuesAsString("transferId"))
                .containsExactly(String.valueOf(id));
        assertThat(ok(get(cityAdmin, "/api/transfers/overdue?orgId=" + town1)).get("total").asInt()).isZero();
    }

    @Test
    void overdue_steps_are_only_for_the_tree_roles_and_within_scope() {
        assertThat(get(town2Admin, "/api/transfers/overdue?orgId=" + town1).getResponse().getStatus())
                .isEqualTo(404);
        long member = member(branchA, "罗七");
        assertThat(get(memberToken(member, branchA), "/api/transfers/overdue").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(ok(get(auditorToken(town1, path(root, town1)), "/api/transfers/overdue")).get("total").asInt())
                .isZero();
    }

    /** Ages a step honestly: its due date in the database is what the clock compares with. */
    private void setDueDate(long transfer, int seq, LocalDate due) {
        jdbc.update("UPDATE transfer_step SET due_date = ? WHERE transfer_id = ? AND seq = ?", due, transfer, seq);
    }

    /** A member of {@code branch}, announced as member-service announces one, once this service's roster has them. */
    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Registers an in-city transfer of {@code member} to {@code toBranch} as the city administrator. */
    private long registerInCity(long member, long toBranch) {
        return ok(post(cityAdmin, "/api/transfers", inCity(member, toBranch, today()))).get("id").asLong();
    }
}
