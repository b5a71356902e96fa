package org.dangjian.recruitment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Going live: people part-way through come from one workbook, their past steps checked against the catalogue's
 * order and time rules, all or nothing, every fault named by row and step.
 */
class CaseImportTest extends TreeApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Birth dates from 1961 on, one per person made here, so no person is anyone else's in this JVM. */
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    /** The national steps N01..N11 of one person's path, each within its rules (2024: counted Monday to Friday). */
    private static final List<String> PATH = List.of("2024-03-04", "2024-03-15", "2024-06-10", "2024-06-24",
            "2024-07-01", "2024-07-02", "2025-06-16", "2025-06-30", "2025-07-07", "2025-07-14", "2025-08-01");
    @Autowired
    private Catalogues catalogues;

    @Test
    void anImportWithOneStepOutOfOrderIsRefusedNamingTheRowAndTheStepAndOnceCorrectedOpensAllTwenty() {
        String branch = "A-" + branchA;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(person(branch, 1 + i % PATH.size()));
        }
        List<Object> seventh = rows.get(6);
        int n05 = header().indexOf("N05 指定培养联系人");
        seventh.set(n05, "2024-06-20"); // before N04 on 2024-06-24

        MvcTestResult refused = upload(town1Admin, xlsx(rows));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("code").asString()).isEqualTo("RECRUITMENT_IMPORT_REJECTED");
        assertThat(problems(body(refused))).containsExactly("8 N05 指定培养联系人 RECRUITMENT_STEP_BEFORE_PREVIOUS");
        assertThat(body(refused).get("rows").get(0).get("message").asString()).contains("N05").contains("N04")
                .contains("2024-06-24");
        assertThat(count("SELECT COUNT(*) FROM recruitment_case WHERE org_id = ?", branchA)).as("nothing applied").isZero();

        seventh.set(n05, "2024-07-01");
        MvcTestResult imported = upload(town1Admin, xlsx(rows));

        assertThat(ok(imported).get("imported").asInt()).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM recruitment_case WHERE org_id = ?", branchA)).isEqualTo(20);
        JsonNode open = ok(get(branchAAdmin, "/api/recruitment/cases?orgId=" + branchA + "&size=50"));
        assertThat(open.get("total").asInt()).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM case_step s JOIN recruitment_case c ON c.id = s.case_id"
                + " WHERE c.org_id = ? AND s.before_platform", branchA))
                .as("every imported step is marked as done before the platform")
                .isEqualTo(rows.stream().mapToInt(r -> (int) r.stream().skip(6).filter(v -> v != null).count()).sum());
        assertThat(jdbc.queryForList("SELECT id FROM recruitment_case WHERE org_id = ?", Long.class, branchA))
                .as("each case announced, so that the applicant gets an account")
                .allMatch(id -> outboxCount(RecruitmentCaseOpened.TYPE, id) == 1);
    }

    @Test
    void theStageOfAnImportedCaseIsThatOfItsLastDatedStep() {
        List<Object> candidate = person("A-" + branchA, 7);
        ok(upload(branchAAdmin, xlsx(List.of(candidate))));

        long id = jdbc.queryForObject("SELECT MAX(id) FROM recruitment_case WHERE org_id = ?", Long.class, branchA);
        JsonNode c = ok(get(branchAAdmin, "/api/recruitment/cases/" + id));
        assertThat(jdbc.queryForObject("SELECT last_step FROM recruitment_case WHERE id = ?", String.class, id)).isEqualTo("N07");
        assertThat(c.toString()).contains("CANDIDATE");
    }

    @Test
    void everyFaultOfEveryRowIsReportedByRowAndStep() {
        String branch = "A-" + branchA;
        List<Object> skipped = person(branch, 5);
        skipped.set(header().indexOf("N03 推荐和确定入党积极分子"), null);
        List<Object> tooEarly = person(branch, 7);
        tooEarly.set(header().indexOf("N07 确定发展对象"), "2025-01-06"); // less than a year after N03 on 2024-06-10
        List<Object> elsewhere = person("C-" + branchC, 2);
        List<Object> twice = person(branch, 1);
        twice.set(2, skipped.get(2));

        MvcTestResult refused = upload(town1Admin, xlsx(List.of(skipped, tooEarly, elsewhere, twice)));

        assertThat(problems(body(refused))).containsExactly(
                "2 N03 推荐和确定入党积极分子 RECRUITMENT_IMPORT_STEP_GAP",
                "3 N07 确定发展对象 RECRUITMENT_STEP_TOO_EARLY",
                "4 申请支部编码 RECRUITMENT_IMPORT_ORG_UNKNOWN",
                "5 公民身份号码 RECRUITMENT_IMPORT_ID_NUMBER_TWICE");
        JsonNode early = body(refused).get("rows").get(1);
        assertThat(early.get("message").asString()).as("the first allowed date and the rule").contains("2025-06-10")
                .contains("N03");
    }

    @Test
    void theTemplateHasADateColumnForEveryStepOfTheCatalogue() {
        MvcTestResult template = mvc.get().uri("/api/recruitment/cases/import/template")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + branchAAdmin).exchange();
        assertThat(template.getResponse().getStatus()).isEqualTo(200);
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))
                .sheet(0).headRowNumber(0).doReadSync();
        assertThat(sheet.get(0).values()).containsAll(header());
        assertThat(sheet.get(0).values()).hasSize(catalogues.current().steps().size() + 8);
    }

    // ---- helpers ----

    private List<String> header() {
        return CaseSheet.layout(catalogues.current()).columns();
    }

    /** A person of {@code branch} who has done the first {@code steps} steps of the path. */
    private List<Object> person(String branch, int steps) {
        List<String> header = header();
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[header.size()]));
        int n = PEOPLE.getAndIncrement();
        row.set(0, "王" + "晓明丽华建国".charAt(n % 6) + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10));
        row.set(1, "男");
        row.set(2, ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1961, 1, 1).plusDays(n), true, 100));
        row.set(3, "1391234" + String.format("%04d", n % 10000));
        row.set(4, "大学本科毕业");
        row.set(5, branch);
        for (int i = 0; i < steps; i++) {
            String code = catalogues.current().steps().get(i).code();
            int column = i == 0 ? 6 : header.indexOf(code + " " + catalogues.current().steps().get(i).name());
            row.set(column, PATH.get(i));
        }
        return row;
    }

    private byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("发展党员").head(header().stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    private MvcTestResult upload(String token, byte[] file) {
        return mvc.post().uri("/api/recruitment/cases/import").multipart()
                .file(new MockMultipartFile("file", "cases.xlsx", XLSX, file))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static List<String> problems(JsonNode problem) {
        List<String> found = new ArrayList<>();
        problem.get("rows").forEach(r -> found.add(r.get("row").asInt() + " " + r.get("column").asString() + " "
                + r.get("code").asString()));
        return found;
    }
}
