package org.dangjian.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bulletin on how a subtree's members study: by organisation below, against the year's requirement on pace. */
class StudyBulletinTest extends LearningApiTest {
    private long a1;
    private long a2;

    /** Town 1: branch A with two members (30 hours in January, 2 in November), branch B with one who has not studied. */
    @BeforeEach
    void ledger() {
        a1 = announceMember(branchA, "甲一");
        a2 = announceMember(branchA, "甲二");
        long b1 = announceMember(branchB, "乙一");
        long c1 = announceMember(branchC, "丙一");
        awaitEffect(() -> List.of(a1, a2, b1, c1).stream()
                .allMatch(m -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1));
        earned(a1, "30.0", LocalDate.of(year(), 1, 15));
        earned(a2, "2.0", LocalDate.of(year(), 11, 20));
        earned(c1, "40.0", LocalDate.of(year(), 2, 1));
        earned(a1, "5.0", LocalDate.of(year() - 1, 12, 1)); // last year's: not this year's bulletin
    }

    @Test
    void each_organisation_below_shows_its_members_those_who_studied_and_the_share_on_pace_by_the_month() {
        JsonNode june = ok(get(town1Admin, "/api/learning/bulletin?orgId=" + town1 + "&year=" + year() + "&month=6"));

        assertThat(june.get("requiredHours").decimalValue()).isEqualByComparingTo("32");
        assertThat(june.get("paceHours").decimalValue()).as("32 × 6 / 12").isEqualByComparingTo("16.0");
        assertThat(rows(june)).containsExactly(
                "城北社区党支部 members 2 studying 1 hours 30.0 average 15.0 on pace 1 (50%)",
                "城南社区党支部 members 1 studying 0 hours 0.0 average 0.0 on pace 0 (0%)");
        assertThat(row(june.get("total"))).isEqualTo("玉山镇党委 members 3 studying 1 hours 30.0 average 10.0 on pace 1 (33%)");

        JsonNode november = ok(get(town1Admin, "/api/learning/bulletin?orgId=" + town1 + "&year=" + year() + "&month=11"));
        assertThat(november.get("paceHours").decimalValue()).isEqualByComparingTo("29.3");
        assertThat(rows(november).get(0)).isEqualTo("城北社区党支部 members 2 studying 2 hours 32.0 average 16.0 on pace 1 (50%)");
    }

    @Test
    void a_branch_secretary_is_on_pace_only_against_the_leaders_requirement() {
        publish(new CadreAppointmentChanged(nextId(), nextId(), a1, "甲一", branchA, pathOf(branchA), "SECRETARY",
                LocalDate.of(year() - 2, 5, 1), null, true));
        awaitEffect(() -> count("SELECT COUNT(*) FROM leader_post WHERE member_id = ?", a1) == 1);

        JsonNode november = ok(get(town1Admin, "/api/learning/bulletin?orgId=" + town1 + "&year=" + year() + "&month=11"));
        assertThat(november.get("leaderRequiredHours").decimalValue()).isEqualByComparingTo("56");
        assertThat(november.get("leaderPaceHours").decimalValue()).as("56 × 11 / 12").isEqualByComparingTo("51.3");
        assertThat(rows(november).get(0)).as("the secretary's 32 hours are on a member's pace, not a leader's")
                .isEqualTo("城北社区党支部 members 2 studying 2 hours 32.0 average 16.0 on pace 0 (0%)");
    }

    @Test
    void a_superior_sees_its_towns_side_by_side_and_a_town_sees_no_other() {
        JsonNode city = ok(get(cityAdmin, "/api/learning/bulletin?orgId=" + root + "&year=" + year() + "&month=12"));
        assertThat(rows(city)).containsExactly(
                "周市镇党委 members 1 studying 1 hours 40.0 average 40.0 on pace 1 (100%)",
                "玉山镇党委 members 3 studying 2 hours 32.0 average 10.7 on pace 0 (0%)");
        assertThat(ok(get(branchBAdmin, "/api/learning/bulletin?year=" + year() + "&month=12")).get("orgName").asString())
                .as("the caller's own by default").isEqualTo("城南社区党支部");

        assertThat(get(town2Admin, "/api/learning/bulletin?orgId=" + town1)).hasStatus(404);
        assertThat(get(town1Admin, "/api/learning/bulletin?month=13")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("month");
        assertThat(get(memberToken(a1, branchA), "/api/learning/bulletin")).hasStatus(403);
    }

    private void earned(long member, String hours, LocalDate on) {
        jdbc.update("INSERT INTO class_hour_entry (member_id, year, hours, source, activity, earned_on) VALUES (?, ?, ?, ?, ?, ?)",
                member, on.getYear(), new java.math.BigDecimal(hours), "test:" + nextId(), "专题学习", on);
    }

    private static List<String> rows(JsonNode bulletin) {
        return bulletin.get("rows").valueStream().map(StudyBulletinTest::row).toList();
    }

    private static String row(JsonNode r) {
        return "%s members %d studying %d hours %s average %s on pace %d (%d%%)".formatted(r.get("orgName").asString(),
                r.get("members").asInt(), r.get("studying").asInt(), r.get("hours").decimalValue().toPlainString(),
                r.get("averageHours").decimalValue().toPlainString(), r.get("onPace").asInt(), r.get("onPacePercent").asInt());
    }
}
