package org.dangjian.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.decision;
import static org.dangjian.transfer.TransferRequests.inCity;

import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.transfer.workflow.TransferClosing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/transfers/stats}: a subtree's year, after transfers that ended each possible way. */
class TransferStatsTest extends TreeApiTest {
    @Autowired
    TransferClosing closing;

    @Test
    void counts_each_outcome_in_its_month_and_times_each_approver() {
        long completed = registerInCity(member(branchA, "甲"), branchC);
        ok(post(town1Admin, "/api/transfers/" + completed + "/approve", decision(null)));
        ok(post(town2Admin, "/api/transfers/" + completed + "/approve", decision(null)));
        ok(post(branchCAdmin, "/api/transfers/" + completed + "/arrive", decision(null)));
        long rejected = registerInCity(member(branchA, "乙"), branchB);
        ok(post(town1Admin, "/api/transfers/" + rejected + "/reject", decision("材料不全")));
        long cancelled = registerInCity(member(branchB, "丙"), branchC);
        ok(post(cityAdmin, "/api/transfers/" + cancelled + "/cancel", decision("本人撤回")));
        long expired = registerInCity(member(branchA, "丁"), branchB);
        ok(post(town1Admin, "/api/transfers/" + expired + "/approve", decision(null)));
        jdbc.update("UPDATE transfer SET letter_valid_until = ? WHERE id = ?", today().minusDays(1), expired);
        assertThat(closing.expireLettersBefore(today())).isPositive();
        registerInCity(member(branchB, "戊"), branchA);
        // town 2 took two days over its step; every other decision was immediate
        jdbc.update("UPDATE transfer_step SET pending_since = DATE_SUB(decided_at, INTERVAL 48 HOUR)"
                + " WHERE transfer_id = ? AND seq = 2", completed);

        JsonNode city = ok(get(cityAdmin, "/api/transfers/stats?orgId=" + root + "&year=" + today().getYear()));
        assertThat(city.get("year").asInt()).isEqualTo(today().getYear());
        assertThat(city.get("months")).hasSize(12);
        JsonNode month = city.get("months").get(today().getMonthValue() - 1);
        assertThat(month.get("month").asInt()).isEqualTo(today().getMonthValue());
        assertThat(counts(month)).containsExactly(5, 1, 1, 1, 1);
        assertThat(counts(city.get("total"))).containsExactly(5, 1, 1, 1, 1);
        assertThat(city.get("total").get("averageDaysToComplete").asDouble()).isCloseTo(0.0, within(0.1));
        assertThat(city.get("months").valueStream().mapToInt(m -> m.get("registered").asInt()).sum()).isEqualTo(5);

        assertThat(city.get("steps").get("decisions").asInt()).as("town 1 three times, town 2 once").isEqualTo(4);
        assertThat(city.get("steps").get("averageHours").asDouble()).isCloseTo(12.0, within(0.2));
        JsonNode byApprover = city.get("byApprover");
        assertThat(byApprover.findValuesAsString("orgName")).containsExactly("玉山镇党委", "周市镇党委");
        assertThat(byApprover.get(0).get("decisions").asInt()).isEqualTo(3);
        assertThat(byApprover.get(0).get("averageHours").asDouble()).isCloseTo(0.0, within(0.1));
        assertThat(byApprover.get(1).get("decisions").asInt()).isEqualTo(1);
        assertThat(byApprover.get(1).get("averageHours").asDouble()).isEqualTo(48.0);
    }

    @Test
    void a_town_counts_the_transfers_with_either_end_in_its_subtree() {
        long completed = registerInCity(member(branchA, "子"), branchC);
        ok(post(town1Admin, "/api/transfers/" + completed + "/approve", decision(null)));
        ok(post(town2Admin, "/api/transfers/" + completed + "/approve", decision(null)));
        ok(post(branchCAdmin, "/api/transfers/" + completed + "/arrive", decision(null)));
        long withinTown1 = registerInCity(member(branchA, "丑"), branchB);
        ok(post(town1Admin, "/api/transfers/" + withinTown1 + "/reject", decision("暂缓")));

        JsonNode town2Sees = ok(get(town2Admin, "/api/transfers/stats"));
        assertThat(counts(town2Sees.get("total"))).containsExactly(1, 1, 0, 0, 0);
        assertThat(town2Sees.get("steps").get("decisions").asInt())
                .as("both levels of the transfer into town 2").isEqualTo(2);
        assertThat(counts(ok(get(town1Admin, "/api/transfers/stats")).get("total"))).containsExactly(2, 1, 1, 0, 0);
        assertThat(counts(ok(get(cityAdmin, "/api/transfers/stats?orgId=" + branchB)).get("total")))
                .containsExactly(1, 0, 1, 0, 0);
        assertThat(counts(ok(get(cityAdmin, "/api/transfers/stats?orgId=" + root + "&year=" + (today().getYear() - 1)))
                .get("total"))).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void figures_are_for_administrators_and_auditors_of_their_own_subtree() {
        assertThat(get(town2Admin, "/api/transfers/stats?orgId=" + town1).getResponse().getStatus()).isEqualTo(404);
        long member = member(branchA, "寅");
        assertThat(get(memberToken(member, branchA), "/api/transfers/stats").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(ok(get(auditorToken(town1, path(root, town1)), "/api/transfers/stats")).get("total")
                .get("registered").asInt()).isZero();
        MvcTestResult badYear = get(cityAdmin, "/api/transfers/stats?year=1900");
        assertThat(badYear.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badYear).get("errors").findValuesAsString("field")).containsExactly("year");
    }

    private static int[] counts(JsonNode c) {
        return new int[] {c.get("registered").asInt(), c.get("completed").asInt(), c.get("rejected").asInt(),
                c.get("cancelled").asInt(), c.get("expired").asInt()};
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
