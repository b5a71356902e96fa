package org.dangjian.cadre.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The analysis of a subtree's cadres: each figure as an administrator reads it. */
class CadreAnalyticsTest extends CadreApiTest {

    @Test
    void a_towns_figures_count_each_cadre_once_with_age_education_sex_one_shoulder_reserves_and_vacancies() {
        long secretaryMember = member(branchC, "许书记", "MALE", today().minusYears(46).minusDays(1), "21");
        String secretary = memberCadre(town2Admin, secretaryMember).get("id").asString();
        ok(post(town2Admin, "/api/cadres/" + secretary + "/appointments", post(branchC, "SECRETARY", today().minusYears(7))));
        ok(post(town2Admin, "/api/cadres/" + secretary + "/appointments",
                post(branchC, "RESIDENTS_DIRECTOR", today().minusYears(4))));
        String deputy = cadre("郑委员", "FEMALE", today().minusYears(31), "31");
        ok(post(town2Admin, "/api/cadres/" + deputy + "/appointments", post(branchC, "RESIDENTS_MEMBER", today())));
        String graduate = cadre("林村官", "FEMALE", today().minusYears(28), "21");
        ok(post(town2Admin, "/api/cadres/" + graduate + "/appointments", post(branchC, "GRADUATE_OFFICIAL", today())));
        String reserve = cadre("冯后备", "MALE", today().minusYears(36), "14");
        ok(post(town2Admin, "/api/cadres/" + reserve + "/reserves",
                Map.of("orgId", branchC, "position", "SECRETARY", "since", today().toString())));
        // a post left is turnover, not a post held; the town's committee has its secretary's post vacant
        String former = cadre("退任者", "MALE", today().minusYears(60), "41");
        String held = ok(post(town2Admin, "/api/cadres/" + former + "/appointments",
                post(town2, "SECRETARY", today().minusYears(3)))).get("id").asString();
        ok(post(town2Admin, "/api/cadres/appointments/" + held + "/end", Map.of("endsOn", today().toString())));

        JsonNode town = ok(get(town2Admin, "/api/cadres/analytics?orgId=" + town2));
        assertThat(town.get("cadres").asInt()).as("the secretary holding two posts counts once").isEqualTo(3);
        assertThat(counts(town.get("ageBands"))).containsEntry("UP_TO_35", 2).containsEntry("FROM_46_TO_55", 1)
                .containsEntry("FROM_36_TO_45", 0);
        assertThat(town.get("averageAge").decimalValue()).isEqualByComparingTo("35.0");
        assertThat(counts(town.get("education"))).containsEntry("20", 2).containsEntry("30", 1);
        assertThat(counts(town.get("gender"))).containsEntry("MALE", 1).containsEntry("FEMALE", 2);
        assertThat(counts(town.get("secretaryTenure"))).containsEntry("FROM_6_TO_10", 1);
        assertThat(town.get("secretaries").asInt()).isEqualTo(1);
        assertThat(town.get("vacancies").asInt()).as("the town's committee, whose secretary left; not the other "
                + "organisations of the tree, with no posts recorded").isEqualTo(1);
        assertThat(town.get("secretariesAlsoDirectors").asInt()).isEqualTo(1);
        assertThat(town.get("oneShoulderShare").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(town.get("graduateOfficials").asInt()).isEqualTo(1);
        JsonNode secretaries = town.get("reservePipeline").valueStream()
                .filter(p -> p.get("position").asString().equals("SECRETARY")).findFirst().orElseThrow();
        assertThat(secretaries.get("holders").asInt()).isEqualTo(1);
        assertThat(secretaries.get("reserves").asInt()).isEqualTo(1);
        assertThat(secretaries.get("reservesAverageAge").decimalValue()).isEqualByComparingTo("36.0");
        JsonNode thisYear = town.get("turnover").get(town.get("turnover").size() - 1);
        assertThat(thisYear.get("year").asInt()).isEqualTo(today().getYear());
        assertThat(thisYear.get("started").asInt()).isEqualTo(2);
        assertThat(thisYear.get("ended").asInt()).isEqualTo(1);

        JsonNode elsewhere = ok(get(town1Admin, "/api/cadres/analytics"));
        assertThat(elsewhere.get("cadres").asInt()).as("town 1 sees none of town 2's cadres").isZero();
        assertThat(get(town1Admin, "/api/cadres/analytics?orgId=" + town2)).hasStatus(404);
    }

    private String cadre(String name, String gender, java.time.LocalDate born, String education) {
        return ok(post(town2Admin, "/api/cadres", Map.of("orgId", branchC, "name", name, "gender", gender,
                "birthDate", born.toString(), "education", education))).get("id").asString();
    }

    private static Map<String, Integer> counts(JsonNode rows) {
        Map<String, Integer> n = new HashMap<>();
        rows.forEach(r -> n.put(r.get("key").asString(), r.get("count").asInt()));
        return n;
    }
}
