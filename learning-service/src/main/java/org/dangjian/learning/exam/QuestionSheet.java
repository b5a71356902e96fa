package org.dangjian.learning.exam;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.excel.ImportCodes;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.kit.excel.Workbooks;

/**
 * The workbook of a question bank: one question per row — kind, stem, answer, then options A to H, tags and
 * difficulty, optional and in any order. The answer is the right options' letters (A, ACD), 正确 or 错误, or a
 * fill-in's accepted texts separated by |.
 */
final class QuestionSheet {
    static final String KIND = "题型";
    static final String STEM = "题干";
    static final String ANSWER = "答案";
    static final List<String> OPTIONS = List.of("选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G", "选项H");
    static final String TAGS = "标签";
    static final String DIFFICULTY = "难度";
    static final SheetLayout LAYOUT = layout();
    static final ImportCodes CODES = new ImportCodes("LEARNING_IMPORT");
    /** The request's fields to the column a problem with them points at. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of("kind", KIND, "stem", STEM, "options", OPTIONS.get(0),
            "correct", ANSWER, "accepted", ANSWER, "tags", TAGS, "difficulty", DIFFICULTY);
    static final String NOTES_SHEET = "填写说明";

    private QuestionSheet() {
    }

    private static SheetLayout layout() {
        List<String> optional = new ArrayList<>(OPTIONS);
        optional.add(TAGS);
        optional.add(DIFFICULTY);
        return new SheetLayout("试题", List.of(KIND, STEM, ANSWER), optional);
    }

    static void template(OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(List.of(
                    row("单选题", "中国共产党的最高理想和最终目标是", "A", List.of("实现共产主义", "全面建成小康社会", "实现现代化"), "党章", "易"),
                    row("多选题", "“四个意识”是指", "ABCD", List.of("政治意识", "大局意识", "核心意识", "看齐意识", "忧患意识"), "党的理论", "中"),
                    row("判断题", "预备党员的预备期从支部大会通过之日起计算。", "正确", List.of(), "发展党员", "易"),
                    row("填空题", "党的根本宗旨是____。", "全心全意为人民服务", List.of(), "党章", "中")),
                    Workbooks.dataSheet(LAYOUT));
            writer.write(List.of(
                    "第一行表头的前 3 列（题型、题干、答案）须按模板顺序；选项A至选项H、标签、难度列可选，位置不限",
                    "题型填 单选题、多选题、判断题 或 填空题",
                    "单选题、多选题至少填选项A、选项B；答案填正确选项的字母，如 A 或 ACD（多选题至少两个）",
                    "判断题的答案填 正确 或 错误（也可填 对、错、√、×），不填选项",
                    "填空题的答案填可接受的答案，多个用 | 分隔（如 全心全意为人民服务|为人民服务），比对时忽略空格和全角半角",
                    "标签用逗号或顿号分隔，至多 5 个，每个不超过 20 字；组卷时按标签抽题",
                    "难度填 易、中、难（或 1、2、3），不填为 中",
                    "任何一行有误时整个文件都不会导入，并会列出每一行的问题").stream().map(n -> List.<Object>of(n)).toList(),
                    Workbooks.sheet(1, NOTES_SHEET, List.of(NOTES_SHEET)));
        }
    }

    private static List<Object> row(String kind, String stem, String answer, List<String> options, String tags,
                                    String difficulty) {
        List<Object> row = new ArrayList<>(List.of(kind, stem, answer));
        for (int i = 0; i < OPTIONS.size(); i++) {
            row.add(i < options.size() ? options.get(i) : null);
        }
        row.add(tags);
        row.add(difficulty);
        return row;
    }
}
