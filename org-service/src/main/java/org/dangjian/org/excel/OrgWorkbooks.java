package org.dangjian.org.excel;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/** The import template: two example rows, then a sheet of the allowed types and categories with notes. */
final class OrgWorkbooks {
    private OrgWorkbooks() {
    }

    static void template(OutputStream out) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(List.of(
                    Arrays.<Object>asList("320583-YS", "玉山镇党委", null, OrgType.COMMITTEE.label(), OrgCategory.TOWN.label(), "玉山镇", 1),
                    Arrays.<Object>asList("320583-YS-C001", "城北社区党支部", "320583-YS", OrgType.BRANCH.label(),
                            OrgCategory.COMMUNITY.label(), "城北社区", 1)),
                    Workbooks.dataSheet(OrgSheet.LAYOUT));
            writer.write(allowedValues(), Workbooks.sheet(1, "类型与类别", List.of(OrgSheet.TYPE, OrgSheet.CATEGORY, "填写说明")));
        }
    }

    private static List<List<Object>> allowedValues() {
        List<String> notes = List.of(
                "组织编码：必填，全市唯一；所在地 6 位行政区划代码（GB/T 2260，昆山市 320583）后接 1 至 6 段大写字母或数字，以连字符分隔，如 320583-ZS-V001-2",
                "上级组织编码：可填已有组织或本文件中另一行的编码；留空则挂在您所在的组织下",
                "只有党委、党工委和党总支可以设立下级组织",
                "任何一行有误时整个文件都不会导入，并会列出每一行的问题");
        return Workbooks.columnsSideBySide(List.of(
                Arrays.stream(OrgType.values()).map(OrgType::label).toList(),
                Arrays.stream(OrgCategory.values()).map(OrgCategory::label).toList(),
                notes));
    }
}
