package org.dangjian.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A question bank from a workbook: all or nothing, every bad row reported at its column. */
class QuestionImportTest extends LearningApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void an_import_with_bad_rows_adds_nothing_and_names_every_row_and_column_then_once_corrected_adds_all() {
        String tag = "导入" + nextId();
        List<List<Object>> rows = new ArrayList<>(List.of(
                row("单选题", "党的最高理想是", "A", tag, "易", "实现共产主义", "实现小康"),
                row("多选题", "四个意识包括", "AB", tag, "中", "政治意识", "大局意识", "忧患意识"),
                row("判断题", "预备期一年。", "正确", tag, "难"),
                row("填空题", "党的根本宗旨是____。", "全心全意为人民服务|为人民服务", tag, null),
                row("问答题", "不存在的题型", "A", tag, "易", "甲", "乙"),
                row("单选题", "答案超出选项", "C", tag, "易", "甲", "乙"),
                row("判断题", "判断题答案", "也许", tag, "易"),
                row("多选题", "只有一个正确", "A", tag, "特难", "甲", "乙")));

        MvcTestResult refused = upload(town1Admin, xlsx(rows));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("code").asString()).isEqualTo("LEARNING_IMPORT_REJECTED");
        assertThat(problems(body(refused))).containsExactly(
                "6 题型 LEARNING_IMPORT_KIND_UNKNOWN",
                "7 答案 LEARNING_QUESTION_ONE_RIGHT_OPTION",
                "8 答案 LEARNING_IMPORT_ANSWER_NOT_TRUE_OR_FALSE",
                "9 难度 LEARNING_IMPORT_DIFFICULTY_UNKNOWN");
        assertThat(count("SELECT COUNT(*) FROM question WHERE tags LIKE ?", "%," + tag + ",%")).as("nothing added").isZero();

        MvcTestResult imported = upload(town1Admin, xlsx(rows.subList(0, 4)));
        assertThat(ok(imported).get("imported").asInt()).isEqualTo(4);
        JsonNode bank = ok(get(town1Admin, "/api/learning/questions?tag=" + tag + "&size=10"));
        assertThat(bank.get("total").asInt()).isEqualTo(4);
        JsonNode fill = bank.get("items").valueStream().filter(q -> q.get("kind").asString().equals("FILL")).findFirst()
                .orElseThrow();
        assertThat(fill.get("accepted").valueStream().map(JsonNode::asString)).containsExactly("全心全意为人民服务", "为人民服务");
        assertThat(fill.get("difficulty").asInt()).as("中 when left blank").isEqualTo(2);
        assertThat(ok(get(town2Admin, "/api/learning/questions?tag=" + tag)).get("total").asInt()).as("another town's bank")
                .isZero();
    }

    @Test
    void the_template_imports_as_it_is() throws Exception {
        MvcTestResult template = get(branchAAdmin, "/api/learning/questions/import/template");
        assertThat(template.getResponse().getStatus()).isEqualTo(200);
        MvcTestResult imported = upload(branchAAdmin, template.getResponse().getContentAsByteArray());
        assertThat(ok(imported).get("imported").asInt()).as("its four examples").isEqualTo(4);
    }

    private static List<Object> row(String kind, String stem, String answer, String tags, String difficulty,
                                    String... options) {
        List<Object> row = new ArrayList<>(Arrays.asList(kind, stem, answer));
        for (int i = 0; i < QuestionSheet.OPTIONS.size(); i++) {
            row.add(i < options.length ? options[i] : null);
        }
        row.add(tags);
        row.add(difficulty);
        return row;
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("试题").head(QuestionSheet.LAYOUT.columns().stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    private MvcTestResult upload(String token, byte[] file) {
        return mvc.post().uri("/api/learning/questions/import").multipart()
                .file(new MockMultipartFile("file", "questions.xlsx", XLSX, file))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static List<String> problems(JsonNode problem) {
        List<String> found = new ArrayList<>();
        problem.get("rows").forEach(r -> found.add(r.get("row").asInt() + " " + r.get("column").asString() + " "
                + r.get("code").asString()));
        return found;
    }
}
