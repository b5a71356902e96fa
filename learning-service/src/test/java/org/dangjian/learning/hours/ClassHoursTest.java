package org.dangjian.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The class-hour ledger: against the yearly requirement, readable by the member and their administrators. */
class ClassHoursTest extends LearningApiTest {

    @Test
    void members_are_asked_thirty_two_class_hours_a_year_by_the_national_plan() {
        long m = announceMember(branchA, "新党员");
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1);
        JsonNode hours = ok(get(memberToken(m, branchA), "/api/learning/members/" + m + "/class-hours"));
        assertThat(hours.get("requiredHours").decimalValue()).isEqualByComparingTo("32");
        assertThat(hours.get("hours").decimalValue()).isEqualByComparingTo("0");
        assertThat(hours.get("percent").asInt()).isZero();
    }

    @Test
    void a_member_on_a_party_committee_in_the_year_is_asked_the_leaders_fifty_six_hours_and_a_residents_director_is_not() {
        long secretary = announceMember(branchA, "书记");
        long director = announceMember(branchA, "主任");
        long former = announceMember(branchA, "前委员");
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id IN (?, ?, ?)", secretary, director,
                former) == 3);
        publish(new CadreAppointmentChanged(nextId(), nextId(), secretary, "书记", branchA, pathOf(branchA), "SECRETARY",
                today().minusYears(3), null, true));
        publish(new CadreAppointmentChanged(nextId(), nextId(), director, "主任", branchA, pathOf(branchA),
                "RESIDENTS_DIRECTOR", today().minusYears(3), null, true));
        long left = nextId();
        publish(new CadreAppointmentChanged(left, nextId(), former, "前委员", branchA, pathOf(branchA),
                "COMMITTEE_MEMBER", LocalDate.of(year() - 4, 3, 1), null, true));
        publish(new CadreAppointmentChanged(left, nextId(), former, "前委员", branchA, pathOf(branchA),
                "COMMITTEE_MEMBER", LocalDate.of(year() - 4, 3, 1), LocalDate.of(year() - 1, 6, 30), false));
        String uri = "/api/learning/members/%d/class-hours";
        awaitEffect(() -> ok(get(branchAAdmin, uri.formatted(secretary))).get("requirement").asString().equals("LEADER"));
        assertThat(ok(get(branchAAdmin, uri.formatted(secretary))).get("requiredHours").decimalValue())
                .isEqualByComparingTo("56");
        awaitEffect(() -> count("SELECT COUNT(*) FROM leader_post WHERE member_id = ? AND ends_on IS NOT NULL", former) == 1);
        JsonNode directorsHours = ok(get(branchAAdmin, uri.formatted(director)));
        assertThat(directorsHours.get("requiredHours").decimalValue()).as("the residents' committee is not the Party's")
                .isEqualByComparingTo("32");
        assertThat(ok(get(branchAAdmin, uri.formatted(former))).get("requiredHours").decimalValue())
                .as("left the committee last year").isEqualByComparingTo("32");
        assertThat(ok(get(branchAAdmin, uri.formatted(former) + "?year=" + (year() - 1))).get("requiredHours")
                .decimalValue()).as("on the committee until last June").isEqualByComparingTo("56");
    }

    @Test
    void completed_lessons_count_towards_the_year_as_progress() {
        long m = announceMember(branchA, "学满");
        String member = memberToken(m, branchA);
        long lesson = lessonId(publishedCourse(town1Admin, town1, 20), 0);
        beat(member, lesson, 0, true, Duration.ZERO);
        beat(member, lesson, 15, false, Duration.ofSeconds(15));
        beat(member, lesson, 20, false, Duration.ofSeconds(15));
        awaitEffect(() -> count("SELECT COUNT(*) FROM class_hour_entry WHERE member_id = ?", m) == 1);
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1);
        JsonNode hours = ok(get(branchAAdmin, "/api/learning/members/" + m + "/class-hours"));
        assertThat(hours.get("hours").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(hours.get("percent").asInt()).as("1 of 32").isEqualTo(3);
        assertThat(hours.get("entries").get(0).get("activity").asString()).isEqualTo("第20秒课");
    }

    @Test
    void another_branchs_administrator_and_another_member_find_no_such_member() {
        long m = announceMember(branchA, "隐私");
        long other = announceMember(branchA, "同支部");
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1);
        assertThat(get(branchBAdmin, "/api/learning/members/" + m + "/class-hours")).hasStatus(404);
        assertThat(get(memberToken(other, branchA), "/api/learning/members/" + m + "/class-hours")).hasStatus(404);
        assertThat(get(town1Admin, "/api/learning/members/" + m + "/class-hours?year=1900")).hasStatus(400);
    }

    @Test
    void a_city_may_ask_more_class_hours_than_the_national_plan_from_a_day_on_but_never_fewer() {
        String nextYear = today().plusYears(1).withDayOfYear(1).toString();
        assertThat(put(cityAdmin, "/api/learning/rule-sets/training", Map.of("effectiveFrom", nextYear, "source", "试行",
                "value", Map.of("memberHours", 20, "leaderHours", 56)))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("value.memberHours");
        ok(put(cityAdmin, "/api/learning/rule-sets/training", Map.of("effectiveFrom", nextYear, "source", "市委组织部通知",
                "value", Map.of("memberHours", 40, "leaderHours", 60))));

        long m = announceMember(branchA, "明年");
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1);
        String uri = "/api/learning/members/" + m + "/class-hours?year=";
        assertThat(ok(get(branchAAdmin, uri + (year() + 1))).get("requiredHours").decimalValue()).isEqualByComparingTo("40");
        assertThat(ok(get(branchAAdmin, uri + year())).get("requiredHours").decimalValue()).isEqualByComparingTo("32");
    }
}
