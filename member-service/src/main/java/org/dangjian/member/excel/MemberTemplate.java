package org.dangjian.member.excel;

import static org.dangjian.member.excel.MemberSheet.*;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Education;
import org.dangjian.kit.codes.Region;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.codes.RegionNames;

/**
 * The import template: the header and one example row; a sheet of the allowed values, each coded column's
 * values read from the code-tables kit (never a copy, so the template follows the tables); and a sheet of the
 * GB/T 2260 regions with their codes and full names, for 籍贯.
 */
final class MemberTemplate {
    /** A made-up Kunshan (320583) number, born 1985-06-15, male, with a correct check digit. */
    static final String EXAMPLE_ID = ResidentIdNumbers.withCheckDigit("32058319850615001");
    static final String ALLOWED_VALUES_SHEET = "填写说明";
    static final String REGIONS_SHEET = "籍贯代码";
    static final String NOTES_COLUMN = "填写说明";
    /** The allowed-values sheet's columns; each coded one lists its table's labels. */
    static final List<String> ALLOWED_VALUES_COLUMNS = List.of(GENDER, ETHNICITY, EDUCATION, EDUCATION_MODE, OCCUPATION,
            STATUS, MOBILE, DEGREE, NOTES_COLUMN);

    private MemberTemplate() {
    }

    static void write(OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(List.of(example()), Workbooks.dataSheet(LAYOUT));
            writer.write(allowedValues(), Workbooks.sheet(1, ALLOWED_VALUES_SHEET, ALLOWED_VALUES_COLUMNS));
            writer.write(regions(), Workbooks.sheet(2, REGIONS_SHEET, List.of("代码", "名称", "全称")));
        }
    }

    private static List<Object> example() {
        String kunshan = "320583";
        return Arrays.asList("张三", "男", "汉族", "1985-06-15", EXAMPLE_ID, "13912345678",
                CodeTables.education().label("21").orElseThrow(), "320583-YS-001", PartyStanding.FULL.label(),
                "2010-07-01", "2011-07-01", kunshan, Degree.BACHELOR.label(),
                CodeTables.occupations().label("03").orElseThrow(), "昆山市玉山中学", "第一党小组", null, MemberSheet.NO,
                Education.StudyMode.FULL_TIME.label(), RegionNames.fullName(kunshan).orElseThrow());
    }

    private static List<List<Object>> allowedValues() {
        List<String> notes = List.of(
                "第一行表头的前 11 列须按模板顺序；籍贯、学位、工作岗位、工作单位、党小组、备注、流动党员、学历类型可选，位置不限；籍贯名称仅供阅读，导入时不读取",
                "必填：姓名、性别、出生日期、身份证号、所在组织编码、人员类别、入党日期",
                "日期格式为 yyyy-MM-dd，如 2010-07-01（也接受 Excel 日期单元格和 2010/7/1）",
                "身份证号须为 18 位且校验位正确，出生日期和性别须与身份证号一致；请将该列设为文本格式",
                "性别填 男 或 女，也可填 GB/T 2261.1 代码 1（男）或 2（女）；导出文件写代码",
                "民族留空按汉族；填本表所列名称（可省略“族”字）或 GB 3304 两位代码，97 为其他，98 为外国血统中国籍人士",
                "学历填 GB/T 4658 学历名称（如 大学本科毕业、小学教育）或两位代码（如 21、80）；学历类型填 全日制教育 或 在职教育",
                "籍贯填 GB/T 2260 六位行政区划代码（如 320583），或从省级开始的完整名称（如 江苏省苏州市昆山市）；名称须只对应一个地区；代码和全称见“籍贯代码”表",
                "工作岗位填本表所列名称或其代码（" + occupationCodes() + "）；党费类别据此确定",
                "所在组织编码须是您管理范围内、未撤销的党支部或联合党支部的编码",
                "人员类别只填 正式党员 或 预备党员；外出流动的党员在“流动党员”列填 是（缺省为 否）",
                "预备党员不填转正日期；转正日期不早于入党满一年；入党时须年满十八周岁",
                "任何一行有误时整个文件都不会导入，并会列出每一行的问题");
        return Workbooks.columnsSideBySide(List.of(
                MemberSheet.sexes().stream().map(Code::label).toList(),
                CodeTables.ethnicities().labels(),
                CodeTables.education().labels(),
                Arrays.stream(Education.StudyMode.values()).map(Education.StudyMode::label).toList(),
                CodeTables.occupations().labels(),
                IMPORTABLE.stream().map(PartyStanding::label).toList(),
                List.of(MemberSheet.YES, MemberSheet.NO),
                Arrays.stream(Degree.values()).map(Degree::label).toList(),
                notes));
    }

    private static String occupationCodes() {
        return String.join("，", CodeTables.occupations().entries().stream().map(c -> c.code() + " " + c.label()).toList());
    }

    /** Every region of the kit: code, own name, full name (what 籍贯 accepts). */
    private static List<List<Object>> regions() {
        List<List<Object>> rows = new ArrayList<>();
        for (Region r : Regions.all()) {
            rows.add(List.of(r.code(), r.name(), RegionNames.fullName(r.code()).orElse(r.name())));
        }
        return rows;
    }
}
