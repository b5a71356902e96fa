package org.dangjian.cadre.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.cadre.quarter.Quarter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A cadre's performance of duty, annual assessment, rewards and sanctions, as administrators record them. */
class PerformanceTest extends CadreApiTest {

    @Test
    void a_quarters_duty_and_a_years_grade_are_one_each_written_again_in_place_and_rewards_add_up() {
        String cadre = otherCadre(town2Admin, branchC, "冯履职").get("id").asString();
        String quarter = Quarter.of(today()).toString();
        ok(put(town2Admin, "/api/cadres/" + cadre + "/duties/" + quarter, Map.of("summary", "组织党员冬训")));
        ok(put(town2Admin, "/api/cadres/" + cadre + "/duties/" + quarter, Map.of("summary", "组织党员冬训，完成换届后续工作",
                "keyTasks", "人居环境整治", "outcome", "村集体经济收入增长8%")));
        int lastYear = year() - 1;
        ok(put(town2Admin, "/api/cadres/" + cadre + "/assessments/" + lastYear, Map.of("grade", "EXCELLENT")));
        ok(put(town2Admin, "/api/cadres/" + cadre + "/assessments/" + lastYear, Map.of("grade", "COMPETENT", "note", "复核")));
        ok(post(town2Admin, "/api/cadres/" + cadre + "/rewards", Map.of("kind", "REWARD", "title", "昆山市优秀党务工作者",
                "decidedBy", "中共昆山市委", "decidedOn", today().minusMonths(5).toString())));
        JsonNode record = ok(post(town2Admin, "/api/cadres/" + cadre + "/rewards", Map.of("kind", "SANCTION",
                "title", "诫勉", "decidedBy", "周市镇纪委", "decidedOn", today().toString())));

        assertThat(record.get("duties")).hasSize(1);
        assertThat(record.get("duties").get(0).get("summary").asString()).isEqualTo("组织党员冬训，完成换届后续工作");
        assertThat(record.get("duties").get(0).get("outcome").asString()).isEqualTo("村集体经济收入增长8%");
        assertThat(record.get("assessments")).hasSize(1);
        assertThat(record.get("assessments").get(0).get("grade").asString()).isEqualTo("COMPETENT");
        assertThat(record.get("rewards").valueStream().map(r -> r.get("title").asString()))
                .containsExactly("诫勉", "昆山市优秀党务工作者");
        assertThat(ok(get(branchCAdmin, "/api/cadres/" + cadre + "/performance")).get("rewards")).hasSize(2);
    }

    @Test
    void dates_ahead_and_cadres_elsewhere_are_refused() {
        String cadre = otherCadre(town2Admin, branchC, "褚考核").get("id").asString();
        String next = Quarter.of(today().plusMonths(3)).toString();
        assertThat(put(town2Admin, "/api/cadres/" + cadre + "/duties/" + next, Map.of("summary", "尚未开始")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quarter");
        assertThat(put(town2Admin, "/api/cadres/" + cadre + "/duties/2026Q1", Map.of("summary", "写错季度")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("quarter");
        assertThat(put(town2Admin, "/api/cadres/" + cadre + "/assessments/" + (year() + 1), Map.of("grade", "EXCELLENT")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("year");
        assertThat(post(town2Admin, "/api/cadres/" + cadre + "/rewards", Map.of("kind", "REWARD", "title", "先进",
                "decidedBy", "镇党委", "decidedOn", today().plusDays(1).toString())))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("decidedOn");
        assertThat(put(town1Admin, "/api/cadres/" + cadre + "/assessments/" + year(), Map.of("grade", "EXCELLENT")))
                .hasStatus(404);
        assertThat(get(town1Admin, "/api/cadres/" + cadre + "/performance")).hasStatus(404);
        assertThat(ok(get(town2Admin, "/api/cadres/" + cadre + "/performance")).get("assessments")).isEmpty();
    }

    @Test
    void the_appointment_form_shows_the_rewards_and_the_last_three_years_grades() throws IOException {
        String cadre = otherCadre(town2Admin, branchC, "卫表彰").get("id").asString();
        for (int y = year() - 3; y <= year() - 1; y++) {
            ok(put(town2Admin, "/api/cadres/" + cadre + "/assessments/" + y,
                    Map.of("grade", y == year() - 1 ? "EXCELLENT" : "COMPETENT")));
        }
        ok(put(town2Admin, "/api/cadres/" + cadre + "/assessments/" + (year() - 4), Map.of("grade", "BASICALLY_COMPETENT")));
        ok(post(town2Admin, "/api/cadres/" + cadre + "/rewards", Map.of("kind", "REWARD", "title", "苏州市优秀村党组织书记",
                "decidedBy", "中共苏州市委", "decidedOn", today().toString())));

        byte[] pdf = get(town2Admin, "/api/cadres/" + cadre + "/appointment-form.pdf").getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replace(" ", ""))
                    .contains("苏州市优秀村党组织书记（中共苏州市委）")
                    .contains((year() - 3) + "年度称职；" + (year() - 2) + "年度称职；" + (year() - 1) + "年度优秀")
                    .doesNotContain("基本称职");
        }
    }
}
