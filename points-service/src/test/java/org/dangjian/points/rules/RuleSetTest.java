package org.dangjian.points.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.dangjian.points.appraisal.AppraisalRules;
import org.dangjian.points.compliance.OrgLifeRules;
import org.dangjian.points.dues.DuesRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Dues, organisational life and the appraisal are effective-dated rules: the national values by default, with
 * their source; the city administrator sets a new value from a day on; the days before keep the old one.
 */
class RuleSetTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    /** The rule book is the whole city's: what a test set is taken back, leaving the seeded national values. */
    @AfterEach
    void backToTheNationalValues() {
        jdbc.update("DELETE FROM rule_set WHERE name <> 'points' AND created_by IS NOT NULL");
    }

    @Test
    void theNationalValuesAreTheDefaultWithTheRuleTheyComeFrom() {
        for (Map.Entry<String, Object> rule : Map.<String, Object>of("dues", DuesRules.national(),
                "organisational-life", OrgLifeRules.national(), "appraisal", AppraisalRules.national()).entrySet()) {
            JsonNode set = body(get(branchAAdmin, "/api/points/rule-sets/" + rule.getKey()));
            JsonNode inForce = set.get("inForce");
            // as amounts: 0.20 and 0.2 are the same
            assertThat(json.treeToValue(inForce.get("value"), rule.getValue().getClass()))
                    .as(rule.getKey() + ": the seeded value is the national one in the code")
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(rule.getValue());
            assertThat(inForce.has("setBy")).as("seeded, by nobody").isFalse();
            assertThat(inForce.get("source").asString()).startsWith("全国");
            assertThat(set.get("history")).hasSize(1);
        }
        assertThat(body(get(branchAAdmin, "/api/points/rule-sets/dues")).get("inForce").get("source").asString())
                .contains("关于中国共产党党费收缴、使用和管理的规定", "2008");
        assertThat(body(get(cityAdmin, "/api/points/rule-sets")).findValuesAsString("name"))
                .contains("dues", "organisational-life", "appraisal");
        assertThat(get(cityAdmin, "/api/points/rule-sets/points").getResponse().getStatus())
                .as("the points rules have their own route").isEqualTo(404);
    }

    @Test
    void aChangedDuesBracketAppliesFromItsEffectiveDateOnly() {
        long m = members.ranked(announceMember(branchA, "党费"));
        Map<String, Object> dues = json.convertValue(DuesRules.national(), Map.class);
        List<Map<String, Object>> employed = new ArrayList<>((List<Map<String, Object>>) dues.get("employed"));
        employed.set(1, Map.of("upTo", 5000, "percent", 2));
        dues.put("employed", employed);
        LocalDate nextYear = LocalDate.of(year() + 1, 1, 1);
        assertThat(change("dues", nextYear, dues).getResponse().getStatus()).isEqualTo(200);

        assertThat(monthlyAmount(m, year(), "4000")).as("this year: the 2008 rate of 1%")
                .isEqualByComparingTo("40.00");
        assertThat(monthlyAmount(m, year() + 1, "4000")).as("from next year: the new 2%").isEqualByComparingTo("80.00");
        assertThat(body(get(cityAdmin, "/api/points/rule-sets/dues")).get("inForce").has("setBy"))
                .as("today the national value is still in force").isFalse();
    }

    @Test
    void aChangedMeetingFrequencyAppliesFromItsEffectiveDateOnly() {
        for (int i = 0; i < 5; i++) {
            members.ranked(announceMember(branchA, "正式" + i));
        }
        Map<String, Object> life = json.convertValue(OrgLifeRules.national(), Map.class);
        life.put("fullMembersForACommittee", 5);
        YearMonth next = YearMonth.from(today()).plusMonths(1);
        assertThat(change("organisational-life", next.atDay(1), life).getResponse().getStatus()).isEqualTo(200);

        assertThat(committeeStatusOfBranchA(YearMonth.from(today()))).as("this month: no committee below 7")
                .isEqualTo("NOT_APPLICABLE");
        assertThat(committeeStatusOfBranchA(next)).as("from next month a committee from 5 full members")
                .isIn("DUE", "MISSED");
    }

    @Test
    void aChangedShareOfExcellentAppliesToTheYearsFromItsDateOnly() {
        List<Map<String, Object>> grades = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            grades.add(Map.of("memberId", members.ranked(announceMember(branchA, "评议" + i)),
                    "grade", i < 3 ? "EXCELLENT" : "QUALIFIED"));
        }
        change("appraisal", LocalDate.of(year(), 12, 31), Map.of("excellentAtMost", Map.of("numerator", 1, "denominator", 2)));

        assertThat(appraise(year() - 1, grades).getResponse().getStatus()).as("last year: one third").isEqualTo(400);
        assertThat(appraise(year(), grades).getResponse().getStatus()).as("this year: one half").isEqualTo(200);
    }

    @Test
    void theCityAdministratorSeesTheHistoryOfARule() {
        Map<String, Object> life = json.convertValue(OrgLifeRules.national(), Map.class);
        life.put("fullMembersForACommittee", 6);
        change("organisational-life", today().plusMonths(1), life);
        life.put("fullMembersForACommittee", 5);
        change("organisational-life", today().plusMonths(2), life);

        JsonNode set = body(get(cityAdmin, "/api/points/rule-sets/organisational-life"));
        JsonNode history = set.get("history");
        assertThat(history).hasSize(3);
        assertThat(history.findValuesAsString("effectiveFrom")).containsExactly(today().plusMonths(2).toString(),
                today().plusMonths(1).toString(), "2000-01-01");
        assertThat(history.get(0).get("value").get("fullMembersForACommittee").asInt()).isEqualTo(5);
        assertThat(history.get(0).has("setBy")).as("who").isTrue();
        assertThat(history.get(0).has("setAt")).as("when").isTrue();
        assertThat(history.get(0).get("source").asString()).isEqualTo("市委组织部通知");
        assertThat(set.get("inForce").get("version").asInt()).as("today: still the national value")
                .isEqualTo(history.get(2).get("version").asInt());
        assertThat(get(town1Admin, "/api/points/rule-sets/organisational-life").getResponse().getStatus())
                .as("administrators read it").isEqualTo(200);
    }

    @Test
    void onlyTheCityAdministratorChangesARuleAndNeverForADayGoneBy() {
        Map<String, Object> dues = json.convertValue(DuesRules.national(), Map.class);
        assertThat(put(town1Admin, "/api/points/rule-sets/dues", request(today(), dues)).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(get(memberToken(members.ranked(announceMember(branchA, "党员")), branchA), "/api/points/rule-sets/dues")
                .getResponse().getStatus()).isEqualTo(403);
        MvcTestResult past = change("dues", today().minusDays(1), dues);
        assertThat(past.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(past).get("errors").findValuesAsString("field")).containsExactly("effectiveFrom");

        dues.put("employed", List.of(Map.of("upTo", 5000, "percent", 1), Map.of("upTo", 3000, "percent", 2),
                Map.of("percent", 3)));
        dues.put("backPaymentMonths", -1);
        MvcTestResult bad = change("dues", today(), dues);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("value.employed[1].upTo", "value.backPaymentMonths");
    }

    private MvcTestResult change(String name, LocalDate from, Map<String, Object> value) {
        return put(cityAdmin, "/api/points/rule-sets/" + name, request(from, value));
    }

    private static Map<String, Object> request(LocalDate from, Map<String, Object> value) {
        return Map.of("effectiveFrom", from.toString(), "source", "市委组织部通知", "value", value);
    }

    private BigDecimal monthlyAmount(long member, int year, String base) {
        MvcTestResult set = post(branchAAdmin, "/api/points/dues/bases", Map.of("memberId", member, "year", year,
                "group", "EMPLOYED", "base", base));
        assertThat(set.getResponse().getStatus()).isIn(200, 201);
        return body(set).get("monthlyAmount").decimalValue();
    }

    private String committeeStatusOfBranchA(YearMonth month) {
        JsonNode report = body(get(branchAAdmin, "/api/points/compliance?orgId=" + branchA + "&year=" + month.getYear()
                + "&month=" + month.getMonthValue()));
        for (JsonNode r : report.get("items").get(0).get("requirements")) {
            if (r.get("type").asString().equals("COMMITTEE_MEETING")) {
                return r.get("status").asString();
            }
        }
        throw new AssertionError("no committee meeting in " + report);
    }

    private MvcTestResult appraise(int year, List<Map<String, Object>> grades) {
        return put(branchAAdmin, "/api/points/appraisals", Map.of("orgId", branchA, "year", year,
                "selfAssessment", "自评", "mutualAssessment", "互评", "grades", grades));
    }
}
