package org.dangjian.recruitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of development steps is data: the national 25 steps in five stages with the time rules of the
 * 2014 rules ship as version 1; a city loads its finer catalogue as a new version that refines them.
 */
class CatalogueTest extends TreeApiTest {

    /** The catalogues are the whole city's: what a test loaded is taken back, leaving the national one. */
    @AfterEach
    void backToTheNationalCatalogue() {
        jdbc.update("DELETE FROM catalogue WHERE version > 1");
    }

    @Test
    void theNationalCatalogueHasTwentyFiveStepsInFiveStages() {
        JsonNode national = body(get(branchAAdmin, "/api/recruitment/catalogues/1"));
        JsonNode catalogue = national.get("catalogue");

        assertThat(catalogue.get("stages").findValuesAsString("code"))
                .containsExactly("APPLICANT", "ACTIVIST", "CANDIDATE", "ADMISSION", "PROBATION");
        assertThat(catalogue.get("steps")).hasSize(25);
        assertThat(catalogue.get("source").asString()).contains("中国共产党发展党员工作细则");
        assertThat(national.has("loadedBy")).as("shipped, loaded by nobody").isFalse();
        assertThat(step(catalogue, "N01").get("role").asString()).isEqualTo("APPLICATION");
        assertThat(step(catalogue, "N15").get("vote").asString()).isEqualTo("ADMISSION");
        assertThat(step(catalogue, "N23").get("vote").asString()).isEqualTo("CONFIRMATION");
        assertThat(step(catalogue, "N09").get("people").get("min").asInt()).as("two introducers").isEqualTo(2);
        assertThat(body(get(cityAdmin, "/api/recruitment/catalogues/current")).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void everyTimeRuleOfTheNationalRulesIsInTheCatalogue() {
        JsonNode catalogue = body(get(town1Admin, "/api/recruitment/catalogues/1")).get("catalogue");

        assertThat(rule(catalogue, "N02", "DUE")).as("the talk within a month of the application")
                .isEqualTo("N01 1 MONTHS");
        assertThat(rule(catalogue, "N07", "EARLIEST")).as("a candidate after at least a year as activist")
                .isEqualTo("N03 1 YEARS");
        assertThat(rule(catalogue, "N17", "DUE")).as("approval within three months of the branch meeting")
                .isEqualTo("N15 3 MONTHS");
        assertThat(rule(catalogue, "N17", "LATEST")).as("and never after six").isEqualTo("N15 6 MONTHS");
        assertThat(rule(catalogue, "N23", "EARLIEST")).as("the confirmation vote after one full year of probation")
                .isEqualTo("N15 1 YEARS");
        assertThat(rule(catalogue, "N24", "DUE")).isEqualTo("N23 3 MONTHS");
        assertThat(step(catalogue, "N11").get("fields").get(0).get("min").asInt()).as("24 class hours of training")
                .isEqualTo(24);
        for (String publicNotice : List.of("N04", "N08", "N16", "N24")) {
            assertThat(rule(catalogue, publicNotice, "EARLIEST")).as(publicNotice + ": after 5 working days of notice")
                    .endsWith("5 WORKING_DAYS");
        }
        assertThat(step(catalogue, "N07").get("exam").asString()).as("Kunshan: activists pass the e-exam")
                .isEqualTo("ACTIVIST");
        assertThat(step(catalogue, "N15").get("evidence").asString()).as("Kunshan: the meeting proven by a photo")
                .isEqualTo("PHOTO");
    }

    @Test
    void aCityLoadsAFinerCatalogueAsANewVersion() {
        Map<String, Object> finer = finerCatalogue();

        MvcTestResult loaded = post(cityAdmin, "/api/recruitment/catalogues", finer);

        assertThat(loaded.getResponse().getStatus()).isEqualTo(201);
        JsonNode version = body(loaded);
        assertThat(version.get("version").asInt()).isEqualTo(2);
        assertThat(version.get("refines").asInt()).isEqualTo(1);
        assertThat(version.get("catalogue").get("steps")).hasSize(26);
        JsonNode list = body(get(town1Admin, "/api/recruitment/catalogues"));
        assertThat(list.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("current").asBoolean()).as("new cases start on it").isTrue();
        assertThat(list.get(1).get("current").asBoolean()).isFalse();
        assertThat(body(get(branchAAdmin, "/api/recruitment/catalogues/1")).get("catalogue").get("steps"))
                .as("the national version is unchanged").hasSize(25);
    }

    @Test
    void aTimeRuleMeasuresOnlyFromAnEarlierStep() {
        Map<String, Object> finer = finerCatalogue();
        Map<String, Object> talk = steps(finer).get(1);
        talk.put("timeRules", List.of(Map.of("kind", "DUE", "after", "N03", "amount", 1, "unit", "MONTHS",
                "basis", "测试", "local", true)));

        MvcTestResult refused = post(cityAdmin, "/api/recruitment/catalogues", finer);

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("steps[1].timeRules[0].after");
        assertThat(count("SELECT COUNT(*) FROM catalogue WHERE version > 1")).isZero();
    }

    @Test
    void aFinerCatalogueRefinesEveryNationalStepInOrder() {
        Map<String, Object> leftOut = finerCatalogue();
        steps(leftOut).removeIf(s -> "N20".equals(s.get("code")));
        assertThat(body(post(cityAdmin, "/api/recruitment/catalogues", leftOut)).get("errors").findValuesAsString("field"))
                .as("the oath left out").containsExactly("steps");

        Map<String, Object> backwards = finerCatalogue();
        steps(backwards).get(3).put("refines", "N01");
        assertThat(body(post(cityAdmin, "/api/recruitment/catalogues", backwards)).get("errors").findValuesAsString("field"))
                .containsExactly("steps[3].refines");

        Map<String, Object> noRole = finerCatalogue();
        steps(noRole).forEach(s -> s.remove("role"));
        steps(noRole).forEach(s -> s.remove("vote"));
        assertThat(body(post(cityAdmin, "/api/recruitment/catalogues", noRole)).get("errors").findValuesAsString("field"))
                .as("the key steps the platform acts on").contains("steps");
    }

    @Test
    void onlyTheCityAdministratorLoadsACatalogue() {
        assertThat(post(town1Admin, "/api/recruitment/catalogues", finerCatalogue()).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(get(memberToken(nextId(), branchA), "/api/recruitment/catalogues").getResponse().getStatus())
                .as("members do not read the administrators' catalogue").isEqualTo(403);
    }

    /** The national catalogue with its talk split in two (Kunshan-style refinement): 26 steps. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> finerCatalogue() {
        Map<String, Object> doc = json.convertValue(body(get(cityAdmin, "/api/recruitment/catalogues/1")).get("catalogue"),
                Map.class);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object s : (List<Object>) doc.get("steps")) {
            Map<String, Object> step = new java.util.LinkedHashMap<>((Map<String, Object>) s);
            step.put("refines", step.get("code"));
            steps.add(step);
        }
        Map<String, Object> record = new java.util.LinkedHashMap<>(steps.get(1));
        record.put("code", "K02-2");
        record.put("name", "谈话记录上传");
        record.put("evidence", "DOCUMENT");
        record.put("timeRules", List.of());
        record.put("fields", List.of());
        steps.add(2, record);
        doc.put("steps", steps);
        doc.put("name", "细化流程（测试）");
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("steps");
    }

    private static JsonNode step(JsonNode catalogue, String code) {
        for (JsonNode s : catalogue.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no step " + code);
    }

    /** The step's rule of that kind as "after amount unit". */
    private static String rule(JsonNode catalogue, String code, String kind) {
        for (JsonNode r : step(catalogue, code).get("timeRules")) {
            if (r.get("kind").asString().equals(kind)) {
                return r.get("after").asString() + " " + r.get("amount").asInt() + " " + r.get("unit").asString();
            }
        }
        throw new AssertionError(code + " has no " + kind + " rule");
    }
}
