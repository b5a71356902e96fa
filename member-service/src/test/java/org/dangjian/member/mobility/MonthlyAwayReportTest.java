package org.dangjian.member.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MembersAwayListed;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The monthly prompt to transfer (issue 18 item 10): each branch with mobile members away six months or more is
 * announced once a month, with their names, for its administrators' digest (notify-service).
 */
class MonthlyAwayReportTest extends LifecycleApiTest {
    @Autowired
    MonthlyAwayReport report;

    @Test
    void membersAwaySixMonthsAreListedPerBranchForTheMonthlyDigest() {
        long longAway = mobileSince(branchA, "远行", today().minusMonths(8));
        long justSix = mobileSince(branchA, "半载", today().minusMonths(6));
        mobileSince(branchA, "刚走", today().minusMonths(5));
        long otherTown = mobileSince(branchC, "他乡", today().minusYears(2));
        register(new NewMember(branchA, "留守").born(LocalDate.of(1979, 3, 3)));

        report.announce(today());

        JsonNode a = announced(branchA);
        assertThat(a.get("awayAtLeastMonths").asInt()).isEqualTo(6);
        assertThat(a.get("orgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(a.get("members").findValuesAsString("name")).as("longest away first").containsExactly("远行", "半载");
        assertThat(a.get("members").findValues("memberId").stream().map(JsonNode::asLong).toList())
                .containsExactly(longAway, justSix);
        assertThat(a.get("members").get(0).get("region").asString()).isEqualTo("310115");
        assertThat(announced(branchC).get("members").findValues("memberId").stream().map(JsonNode::asLong).toList())
                .containsExactly(otherTown);
    }

    @Test
    void aMonthWithNobodyAwayAddsNothing() {
        mobileSince(branchB, "短差", today().minusMonths(2));
        register(new NewMember(branchB, "在岗").born(LocalDate.of(1982, 4, 4)));

        report.announce(today());

        assertThat(outboxCount(MembersAwayListed.TYPE, branchB)).isZero();
    }

    private long mobileSince(long branch, String name, LocalDate since) {
        long id = register(new NewMember(branch, name).born(LocalDate.of(1980, 1, 1)));
        act(id, "mobility", Map.of("region", "310115", "since", since.toString()));
        return id;
    }

    private JsonNode announced(long branch) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                String.class, MembersAwayListed.TYPE, String.valueOf(branch));
        assertThat(payloads).as("one list per branch").hasSize(1);
        return json.readTree(payloads.get(0));
    }
}
