package org.dangjian.points.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A town sees, per requirement, which of its branches held their organisational life, which missed it and
 * to which a requirement does not apply: the monthly committee meeting is asked only of a branch with 7 or
 * more full members (支部工作条例: a smaller branch has no committee).
 */
class ComplianceTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void complianceIsReportedPerRequirementWithTheBranchesItDoesNotApplyTo() {
        List<Long> a = fullMembers(branchA, 7);
        fullMembers(branchB, 2);
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        assertThat(record(branchA, "COMMITTEE_MEETING", last.atDay(10), a.get(0))).isEqualTo(201);

        JsonNode report = report(last);
        assertThat(report.get("branches").asInt()).isEqualTo(2);
        JsonNode committee = byRequirement(report, "COMMITTEE_MEETING");
        assertThat(committee.get("period").asString()).isEqualTo(last.toString());
        assertThat(orgIds(committee.get("met"))).containsExactly(branchA);
        assertThat(committee.get("met").get(0).get("held").asInt()).isEqualTo(1);
        assertThat(orgIds(committee.get("missed"))).isEmpty();
        assertThat(orgIds(committee.get("notApplicable"))).containsExactly(branchB);
        assertThat(committee.get("notApplicableReason").asString()).isEqualTo("正式党员不足7人的党支部不设支部委员会");
        JsonNode themeDay = byRequirement(report, "THEME_DAY");
        assertThat(orgIds(themeDay.get("missed"))).containsExactly(branchA, branchB);
        assertThat(orgIds(themeDay.get("notApplicable"))).isEmpty();
        assertThat(themeDay.hasNonNull("notApplicableReason")).as("it applies to every branch").isFalse();

        JsonNode thisMonth = byRequirement(report(YearMonth.from(today())), "COMMITTEE_MEETING");
        assertThat(orgIds(thisMonth.get("due"))).as("the month is not over").containsExactly(branchA);
        assertThat(get(town1Admin, "/api/points/compliance?month=13").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aBranchWithFewerThanSevenFullMembersHasNoCommitteeMeetingToMiss() {
        fullMembers(branchA, 7);
        fullMembers(branchB, 6);
        YearMonth last = YearMonth.from(today()).minusMonths(1);

        JsonNode report = report(last);
        JsonNode big = branch(report, branchA);
        JsonNode small = branch(report, branchB);
        assertThat(status(big, "COMMITTEE_MEETING")).isEqualTo("MISSED");
        assertThat(status(small, "COMMITTEE_MEETING")).isEqualTo("NOT_APPLICABLE");
        assertThat(small.get("fullMembers").asInt()).isEqualTo(6);
        assertThat(small.get("missed").asInt()).as("the committee meeting is not among what it missed")
                .isEqualTo(big.get("missed").asInt() - 1);
    }

    @Test
    void probationaryMembersDoNotCountTowardsTheSevenForACommittee() {
        fullMembers(branchB, 6);
        probationaryMembers(branchB, 3);

        JsonNode branch = branch(report(YearMonth.from(today()).minusMonths(1)), branchB);
        assertThat(branch.get("fullMembers").asInt()).isEqualTo(6);
        assertThat(status(branch, "COMMITTEE_MEETING")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void branchesAreListedInNameOrderNotByWhatTheyMissed() {
        List<Long> b = fullMembers(branchB, 7);
        fullMembers(branchA, 7);
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        // 城南 (branch B) met its committee meeting, 城北 (branch A) missed it: 城北 still comes first
        assertThat(record(branchB, "COMMITTEE_MEETING", last.atDay(10), b.get(0))).isEqualTo(201);

        JsonNode items = report(last).get("items");
        assertThat(orgIds(items)).containsExactly(branchA, branchB);
    }

    @Test
    void aPartyGroupMeetingIsRecordedAsOrganisationalLife() {
        List<Long> a = fullMembers(branchA, 1);
        assertThat(record(branchA, "GROUP_MEETING", today(), a.get(0))).isEqualTo(201);

        JsonNode listed = body(get(branchAAdmin, "/api/points/activities?orgId=" + branchA + "&type=GROUP_MEETING"));
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        JsonNode statement = body(get(branchAAdmin, "/api/points/members/" + a.get(0)));
        assertThat(statement.get("entries").findValuesAsString("label")).containsExactly("参加党小组会");
        JsonNode rules = body(get(cityAdmin, "/api/points/rules")).get("rules");
        JsonNode entry = statement.get("entries").get(0);
        assertThat(entry.get("points").decimalValue())
                .isEqualByComparingTo(rules.get("perActivity").get("GROUP_MEETING").decimalValue());
    }

    private List<Long> fullMembers(long branch, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(announceMember(branch, "正式党员" + i));
        }
        ids.forEach(members::ranked);
        return ids;
    }

    private void probationaryMembers(long branch, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = nextId();
            publish(new MemberRegistered(id, branch, pathOf(branch), "预备党员" + i, "MALE", LocalDate.of(1998, 3, 1),
                    today().minusMonths(6), "PROBATIONARY"));
            ids.add(id);
        }
        ids.forEach(members::ranked);
    }

    private int record(long branch, String type, LocalDate on, long present) {
        return post(branchAdmin(branch), "/api/points/activities", Map.of("orgId", branch, "type", type,
                "date", on.toString(), "topic", "学习贯彻党的二十届四中全会精神", "attendance",
                List.of(Map.of("memberId", present, "presence", "PRESENT")))).getResponse().getStatus();
    }

    private String branchAdmin(long branch) {
        return branch == branchA ? branchAAdmin : branch == branchB ? branchBAdmin : branchCAdmin;
    }

    private JsonNode report(YearMonth month) {
        return body(get(town1Admin, "/api/points/compliance?orgId=" + town1 + "&year=" + month.getYear()
                + "&month=" + month.getMonthValue()));
    }

    private static JsonNode byRequirement(JsonNode report, String type) {
        for (JsonNode r : report.get("byRequirement")) {
            if (r.get("type").asString().equals(type)) {
                return r;
            }
        }
        throw new AssertionError("no requirement " + type + " in " + report);
    }

    private static JsonNode branch(JsonNode report, long orgId) {
        for (JsonNode b : report.get("items")) {
            if (b.get("orgId").asLong() == orgId) {
                return b;
            }
        }
        throw new AssertionError("no branch " + orgId + " in " + report);
    }

    private static List<Long> orgIds(JsonNode branches) {
        List<Long> ids = new ArrayList<>();
        branches.forEach(b -> ids.add(b.get("orgId").asLong()));
        return ids;
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
