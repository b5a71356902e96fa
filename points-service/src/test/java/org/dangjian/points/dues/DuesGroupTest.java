package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * No feature asks for the same fact twice (issue 18 item 14): the dues group follows from the occupation member-service
 * announced; the administrator names it only for a member whose record has none.
 */
class DuesGroupTest extends TreeApiTest {
    private static final String BASES = "/api/points/dues/bases";
    private static final String RETIRED = "08";
    private static final String WORKER = "01";
    private static final String STUDENT = "06";

    @Autowired
    private RankedMembers members;

    @Test
    void theDuesGroupFollowsFromTheOccupation() {
        long retired = members.ranked(announce(branchA, "退休教师", RETIRED));
        long student = members.ranked(announce(branchA, "在读研究生", STUDENT));

        MvcTestResult pension = setBase(retired, year(), null, "5000.01");
        MvcTestResult token = setBase(student, year(), null, null);

        assertThat(pension.getResponse().getStatus()).as(body(pension).toString()).isEqualTo(201);
        assertThat(body(pension).get("group").asString()).isEqualTo("RETIRED");
        assertThat(body(pension).get("monthlyAmount").decimalValue()).as("1 % of a pension above 5000")
                .isEqualByComparingTo("50.00");
        assertThat(body(token).get("group").asString()).isEqualTo("STUDENT");
        assertThat(body(token).get("monthlyAmount").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(body(setBase(retired, year(), "RETIRED", "5000.01")).get("replaced").asBoolean())
                .as("naming the group the occupation gives is not wrong").isTrue();
    }

    @Test
    void aGroupContradictingTheOccupationIsRefused() {
        long retired = members.ranked(announce(branchA, "退休工人", RETIRED));

        MvcTestResult refused = setBase(retired, year(), "EMPLOYED", "5000.01");

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(refused).get("errors").get(0);
        assertThat(problem.get("field").asString()).isEqualTo("group");
        assertThat(problem.get("message").asString()).contains("离退休人员", "离退休党员");
        assertThat(count("SELECT COUNT(*) FROM dues_base_log WHERE member_id = ?", retired)).isZero();
    }

    @Test
    void withoutAnOccupationTheGroupIsAsked() {
        long unknown = members.ranked(announce(branchA, "未填岗位", null));
        long notACode = members.ranked(announce(branchA, "旧档案", "个体经营"));

        MvcTestResult asked = setBase(unknown, year(), null, "4000");
        MvcTestResult given = setBase(unknown, year(), "EMPLOYED", "4000");

        assertThat(asked.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(asked).get("errors").findValuesAsString("field")).containsExactly("group");
        assertThat(given.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(given).get("monthlyAmount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(body(setBase(notACode, year(), "FARMER", "0.50")).get("group").asString())
                .as("an occupation the table does not know is no occupation").isEqualTo("FARMER");
    }

    @Test
    void aChangedOccupationAppliesFromTheNextBaseSet() {
        long m = members.ranked(announce(branchA, "刚退休", WORKER));
        setBase(m, year() - 1, null, "6000");
        publish(new MemberUpdated(m, branchA, pathOf(branchA), List.of("occupation"), "刚退休", null, null, RETIRED,
                null));
        awaitEffect(() -> RETIRED.equals(jdbc.queryForObject("SELECT occupation FROM member_ref WHERE member_id = ?",
                String.class, m)));

        MvcTestResult thisYear = setBase(m, year(), null, "4000");

        assertThat(body(thisYear).get("group").asString()).isEqualTo("RETIRED");
        assertThat(body(thisYear).get("monthlyAmount").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(jdbc.queryForMap("SELECT dues_group, monthly_amount FROM dues_base WHERE member_id = ? AND year = ?",
                m, year() - 1)).as("last year keeps its group and amount")
                .containsEntry("dues_group", "EMPLOYED").containsEntry("monthly_amount", new BigDecimal("90.00"));
    }

    /** A full member of {@code branch} with an occupation code (or none), announced as member-service does. */
    private long announce(long branch, String name, String occupation) {
        long id = nextId();
        publish(new MemberRegisteredV2(id, branch, pathOf(branch), name, "MALE", LocalDate.of(1960, 3, 2),
                LocalDate.of(1990, 7, 1), new MembershipStatus("FULL", "ACTIVE", null, false), null, occupation, null));
        return id;
    }

    private MvcTestResult setBase(long member, int year, String group, String base) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member, "year", year));
        body.put("group", group);
        body.put("base", base);
        return post(branchAAdmin, BASES, body);
    }
}
