package org.dangjian.member.excel;

import static org.dangjian.member.excel.MemberSheet.*;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Education;
import org.dangjian.member.record.Ethnicities;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.member.record.PartyStanding;

/** The import template: the header and one example row, then a sheet of the allowed values and notes. */
final class MemberTemplate {
    /** A made-up Kunshan (320583) number, born 1985-06-15, male, with a correct check digit. */
    static final String EXAMPLE_ID = ResidentIdNumbers.withCheckDigit("32058319850615001");

    private MemberTemplate() {
    }

    static void write(OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(List.of(example()), Workbooks.dataSheet(LAYOUT));
            writer.write(allowedValues(), Workbooks.sheet(1, "填写说明",
                    List.of(GENDER, ETHNICITY, EDUCATION, STATUS, MOBILE, DEGREE, "填写说明")));
        }
    }

    private static List<Object> example() {
        return Arrays.asList("张三", "男", "汉族", "1985-06-15", EXAMPLE_ID, "13912345678", Education.BACHELOR.label(),
                "KS-YS-001", PartyStanding.FULL.label(), "2010-07-01", "2011-07-01",
                "江苏昆山", Degree.BACHELOR.label(), "教师", "昆山市玉山中学", "第一党小组", null, MemberSheet.NO);
    }

    private static List<List<Object>> allowedValues() {
        List<String> notes = List.of(
                "第一行表头的前 11 列须按模板顺序；籍贯、学位、职业、工作单位、党小组、备注、流动党员可选，位置不限",
                "必填：姓名、性别、出生日期、身份证号、所在组织编码、人员类别、入党日期",
                "日期格式为 yyyy-MM-dd，如 2010-07-01（也接受 Excel 日期单元格和 2010/7/1）",
                "身份证号须为 18 位且校验位正确，出生日期和性别须与身份证号一致；请将该列设为文本格式",
                "民族留空按汉族；可填名称（如 回族）或 GB 3304 两位代码",
                "所在组织编码须是您管理范围内、未撤销的党支部或联合党支部的编码",
                "人员类别只填 正式党员 或 预备党员；外出流动的党员在“流动党员”列填 是（缺省为 否）",
                "预备党员不填转正日期；转正日期不早于入党满一年；入党时须年满十八周岁",
                "任何一行有误时整个文件都不会导入，并会列出每一行的问题");
        return Workbooks.columnsSideBySide(List.of(
                List.of("男", "女"),
                List.copyOf(Ethnicities.all().values()),
                Arrays.stream(Education.values()).map(Education::label).toList(),
                IMPORTABLE.stream().map(PartyStanding::label).toList(),
                List.of(MemberSheet.YES, MemberSheet.NO),
                Arrays.stream(Degree.values()).map(Degree::label).toList(),
                notes));
    }
}
