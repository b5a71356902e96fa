package org.dangjian.cadre.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A cadre's training: courses recorded, and a member cadre's Party-school hours counted without typing them. */
class TrainingTest extends CadreApiTest {

    @Test
    void a_member_cadres_party_school_hours_count_beside_the_courses_recorded_including_hours_earned_before() {
        long m = member(branchA, "蒋学习", "MALE", LocalDate.of(1983, 2, 2), "21");
        int year = today().getYear();
        // earned in the Party school before anyone recorded the member as a cadre
        publish(new LearningHoursEarned(m, new BigDecimal("1.5"), "学习贯彻党的二十大精神 第一讲", today()));
        String cadre = memberCadre(branchAAdmin, m).get("id").asString();
        publish(new LearningHoursEarned(m, new BigDecimal("2.0"), "基层治理 第二讲", today()));
        publish(new LearningHoursEarned(m, new BigDecimal("3.0"), "党章 第一讲", LocalDate.of(year - 1, 11, 2)));
        String path = "/api/cadres/" + cadre + "/training";
        awaitEffect(() -> thisYear(ok(get(branchAAdmin, path)), year) != null
                && thisYear(ok(get(branchAAdmin, path)), year).get("partySchoolHours").decimalValue().compareTo(new BigDecimal("3.5")) == 0);

        JsonNode training = ok(post(branchAAdmin, path, Map.of("course", "全市村（社区）党组织书记示范培训班",
                "provider", "昆山市委组织部", "hours", 24, "heldOn", today().toString())));
        assertThat(training.get("courses").get(0).get("course").asString()).isEqualTo("全市村（社区）党组织书记示范培训班");
        JsonNode now = thisYear(training, year);
        assertThat(now.get("recordedHours").decimalValue()).isEqualByComparingTo("24");
        assertThat(now.get("totalHours").decimalValue()).isEqualByComparingTo("27.5");
        assertThat(thisYear(training, year - 1).get("partySchoolHours").decimalValue()).isEqualByComparingTo("3.0");
    }

    @Test
    void a_course_in_the_future_or_of_no_hours_is_refused_at_its_field_and_another_subtree_cannot_record_one() {
        String cadre = otherCadre(town2Admin, branchC, "韩培训").get("id").asString();
        String path = "/api/cadres/" + cadre + "/training";
        assertThat(post(town2Admin, path, Map.of("course", "培训", "provider", "镇党委", "hours", 8,
                "heldOn", today().plusDays(1).toString()))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("heldOn");
        assertThat(post(town2Admin, path, Map.of("course", "培训", "provider", "镇党委", "hours", 0,
                "heldOn", today().toString()))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("hours");
        assertThat(post(town1Admin, path, Map.of("course", "培训", "provider", "镇党委", "hours", 8,
                "heldOn", today().toString()))).hasStatus(404);
        assertThat(get(town1Admin, path)).hasStatus(404);
    }

    private static JsonNode thisYear(JsonNode training, int year) {
        return training.get("years").valueStream().filter(y -> y.get("year").asInt() == year).findFirst().orElse(null);
    }
}
