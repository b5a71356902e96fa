package org.dangjian.points.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A town sees which of its branches held their monthly committee meeting, and which missed it. */
class ComplianceTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_branch_that_missed_last_month_s_committee_meeting_is_listed_first() {
        long m = members.ranked(announceMember(branchA, "何静"));
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        assertThat(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "COMMITTEE_MEETING",
                "date", last.atDay(10).toString(), "topic", "支委会研究发展党员", "attendance",
                List.of(Map.of("memberId", m, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);

        JsonNode report = body(get(town1Admin, "/api/points/compliance?orgId=" + town1 + "&year=" + last.getYear()
                + "&month=" + last.getMonthValue()));
        assertThat(report.get("branches").asInt()).isEqualTo(2);
        JsonNode first = report.get("items").get(0);
        assertThat(first.get("orgId").asLong()).isEqualTo(branchB);
        assertThat(status(first, "COMMITTEE_MEETING")).isEqualTo("MISSED");
        assertThat(status(report.get("items").get(1), "COMMITTEE_MEETING")).isEqualTo("MET");

        JsonNode thisMonth = body(get(town1Admin, "/api/points/compliance?orgId=" + town1));
        assertThat(status(thisMonth.get("items").get(0), "COMMITTEE_MEETING")).as("the month is not over").isEqualTo("DUE");
        assertThat(get(town1Admin, "/api/points/compliance?month=13").getResponse().getStatus()).isEqualTo(400);
    }

    private static String status(JsonNode branch, String type) {
        for (JsonNode r : branch.get("requirements")) {
            if (r.get("type").asString().equals(type)) {
                return r.get("status").asString();
            }
        }
        return null;
    }
}
