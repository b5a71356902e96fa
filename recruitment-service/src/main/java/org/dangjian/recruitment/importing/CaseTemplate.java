package org.dangjian.recruitment.importing;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.TimeRule;

/**
 * The workbook of cases part-way through for the current catalogue: the header and one example (a person
 * designated activist), a sheet of notes, and a sheet of the catalogue's steps with their time rules, so that
 * whoever fills it sees which dates the import will hold against each other.
 */
final class CaseTemplate {
    /** A made-up Kunshan (320583) number, born 1998-03-21, male, with a correct check digit. */
    static final String EXAMPLE_ID = ResidentIdNumbers.withCheckDigit("32058319980321001");
    static final String NOTES_SHEET = "填写说明";
    static final String STEPS_SHEET = "流程步骤";

    private CaseTemplate() {
    }

    static void write(Catalogue catalogue, OutputStream out) {
        SheetLayout layout = CaseSheet.layout(catalogue);
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(List.of(example(catalogue, layout)), Workbooks.dataSheet(layout));
            writer.write(notes(), Workbooks.sheet(1, NOTES_SHEET, List.of(NOTES_SHEET)));
            writer.write(steps(catalogue), Workbooks.sheet(2, STEPS_SHEET, List.of("步骤", "名称", "阶段", "时间要求")));
        }
    }

    private static List<Object> example(Catalogue catalogue, SheetLayout layout) {
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[layout.columns().size()]));
        List<String> columns = layout.columns();
        row.set(columns.indexOf(CaseSheet.NAME), "李晓东");
        row.set(columns.indexOf(CaseSheet.GENDER), "男");
        row.set(columns.indexOf(CaseSheet.ID_NUMBER), EXAMPLE_ID);
        row.set(columns.indexOf(CaseSheet.PHONE), "13912345678");
        row.set(columns.indexOf(CaseSheet.EDUCATION), CodeTables.education().label("21").orElseThrow());
        row.set(columns.indexOf(CaseSheet.ORG_CODE), "320583-YS-001");
        row.set(columns.indexOf(CaseSheet.WORK_UNIT), "昆山市玉山镇城北社区居委会");
        // the first four national steps, each within its rules: talk within a month, activist after three months
        // of application, filed after five working days of notice
        String[] dates = {"2025-03-02", "2025-03-20", "2025-07-01", "2025-07-10"};
        for (int i = 0; i < dates.length && i < catalogue.steps().size(); i++) {
            row.set(columns.indexOf(CaseSheet.column(catalogue.steps().get(i))), dates[i]);
        }
        return row;
    }

    private static List<List<Object>> notes() {
        return List.of(
                "第一行表头的前 7 列须按模板顺序；工作单位和各步骤日期列可选，位置不限",
                "每行一人：从第一步（递交入党申请书的日期）起，依次填写已完成步骤的日期，未到的步骤留空；中间不能跳过步骤",
                "各步骤日期须不早于上一步，并符合“流程步骤”表中的时间要求（如确定发展对象须在确定入党积极分子一年以后），不能晚于今天",
                "日期格式为 yyyy-MM-dd，如 2025-03-02（也接受 Excel 日期单元格和 2025/3/2）",
                "性别填 男 或 女（也可填代码 1、2）；学历填 GB/T 4658 学历名称或两位代码（如 大学本科毕业 或 21）",
                "申请支部编码须是您管理范围内、未撤销的党支部或联合党支部的编码；递交申请书时须年满十八周岁",
                "导入的步骤标记为“平台启用前完成”，其证明材料、表决情况等以纸质档案为准，可在平台中补传",
                "同一人已有进行中的案卷、或在文件中出现两次时不能导入；任何一行有误时整个文件都不会导入，并会列出每一行、每一步的问题")
                .stream().map(n -> List.<Object>of(n)).toList();
    }

    private static List<List<Object>> steps(Catalogue catalogue) {
        return catalogue.steps().stream().map(s -> List.<Object>of(s.code(), s.name(), s.stage(), rules(s))).toList();
    }

    private static String rules(StepDefinition step) {
        return String.join("；", step.timeRules().stream().map(CaseTemplate::rule).toList());
    }

    private static String rule(TimeRule r) {
        String span = r.amount() + r.unit().label();
        return switch (r.kind()) {
            case EARLIEST -> "在" + r.after() + "之后至少" + span;
            case DUE -> "应在" + r.after() + "之后" + span + "内";
            case LATEST -> "最迟在" + r.after() + "之后" + span + "内";
        };
    }
}
