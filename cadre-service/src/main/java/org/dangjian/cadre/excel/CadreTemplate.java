package org.dangjian.cadre.excel;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.dangjian.cadre.appointment.AppointmentMethod;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.excel.Workbooks;

/**
 * The roster import template: the header and three example rows (a member who is secretary and also chairs the
 * village committee, 一肩挑, and a non-member committee member kept in reserve), and a sheet of the allowed values
 * with notes, each list read from where the platform keeps it.
 */
final class CadreTemplate {
    static final String ALLOWED_VALUES_SHEET = "填写说明";
    static final String NOTES_COLUMN = "填写说明";

    private CadreTemplate() {
    }

    static void write(OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(examples(), Workbooks.dataSheet(CadreSheet.LAYOUT));
            writer.write(allowedValues(), Workbooks.sheet(1, ALLOWED_VALUES_SHEET, List.of(CadreSheet.POSITION,
                    CadreSheet.KIND, CadreSheet.METHOD, CadreSheet.EDUCATION, NOTES_COLUMN)));
        }
    }

    private static List<List<Object>> examples() {
        String village = "320583-ZS-V001";
        return List.of(
                Arrays.asList("张建国", "男", "1975-03-02", "是", village, Position.SECRETARY.label(), CadreSheet.HOLDS,
                        AppointmentMethod.ELECTED.label(), "2021-07-01", "2026-06-30", null, null, null),
                Arrays.asList("张建国", "男", "1975-03-02", "是", village, Position.RESIDENTS_DIRECTOR.label(),
                        CadreSheet.HOLDS, AppointmentMethod.ELECTED.label(), "2021-07-01", "2026-06-30", null, null, null),
                Arrays.asList("李梅", "女", "1992-08-15", "否", village, Position.SECRETARY.label(), CadreSheet.RESERVE,
                        null, "2024-01-10", null, CodeTables.education().label("21").orElseThrow(), null,
                        "13912345678"));
    }

    private static List<List<Object>> allowedValues() {
        List<String> notes = List.of(
                "每行是一个人的一个职务（现任）或一个后备职务（后备）；一人多职（如书记兼村委会主任）填多行，姓名、性别、出生日期相同",
                "第一行表头的前 9 列须按模板顺序；任期届满日期、学历、身份证号、手机号可选，位置不限",
                "党员干部按姓名和出生日期在您管理范围内的在册党员中查找，学历、证件号、手机号取自党员档案，不要填写",
                "非党员干部（如部分村委会委员）填写学历（GB/T 4658 名称或两位代码），可填身份证号和手机号，加密保存",
                "组织编码是任职或后备的组织，须在您管理范围内且未撤销",
                "任职类别填 现任 或 后备；现任须填产生方式（选举、任命、选派），起始日期为任职日期；后备的起始日期为列入后备日期",
                "日期格式为 yyyy-MM-dd，如 2021-07-01（也接受 Excel 日期单元格和 2021/7/1），起始日期不晚于今天",
                "一个组织只有一名现任书记：已有现任书记的组织须先登记其离任",
                "已登记的干部只增加文件中的职务，其档案不变",
                "任何一行有误时整个文件都不会导入，并会列出每一行的问题");
        return Workbooks.columnsSideBySide(List.of(
                Arrays.stream(Position.values()).map(Position::label).toList(),
                List.of(CadreSheet.HOLDS, CadreSheet.RESERVE),
                Arrays.stream(AppointmentMethod.values()).map(AppointmentMethod::label).toList(),
                CodeTables.education().labels(),
                notes));
    }
}
