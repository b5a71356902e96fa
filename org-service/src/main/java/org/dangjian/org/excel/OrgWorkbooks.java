package org.dangjian.org.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.org.tree.OrgCategory;
import org.dangjian.org.tree.OrgType;

/**
 * Writes the template and the error file with FastExcel (SXSSF underneath: rows go to the stream as
 * they are written). The export writes page by page through {@link #open}.
 */
final class OrgWorkbooks {
    private OrgWorkbooks() {
    }

    static void template(OutputStream out) {
        try (ExcelWriter writer = FastExcel.write(out).build()) {
            writer.write(List.of(
                    Arrays.<Object>asList("KS-YS", "玉山镇党委", null, OrgType.COMMITTEE.label(), OrgCategory.TOWN.label(), "玉山镇", 1),
                    Arrays.<Object>asList("KS-YS-001", "城北社区党支部", "KS-YS", OrgType.BRANCH.label(),
                            OrgCategory.COMMUNITY.label(), "城北社区", 1)),
                    sheet(0, OrgSheet.SHEET, OrgSheet.COLUMNS));
            writer.write(allowedValues(), sheet(1, "类型与类别", List.of(OrgSheet.TYPE, OrgSheet.CATEGORY, "填写说明")));
        }
    }

    /** The rows as uploaded, each followed by its problems (blank for good rows), ready to fix and upload again. */
    static void errors(OutputStream out, List<SheetRow> rows, List<RowProblem> problems, Function<RowProblem, String> message) {
        Map<Integer, String> reasons = problems.stream().collect(Collectors.groupingBy(RowProblem::row,
                Collectors.mapping(p -> p.column() + "：" + message.apply(p), Collectors.joining("；"))));
        List<String> head = new ArrayList<>(OrgSheet.COLUMNS);
        head.add(OrgSheet.ERROR);
        List<List<Object>> data = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            List<Object> cells = new ArrayList<>(row.cells());
            cells.add(reasons.get(row.rowNumber()));
            data.add(cells);
        }
        try (ExcelWriter writer = FastExcel.write(out).build()) {
            writer.write(data, sheet(0, OrgSheet.SHEET, head));
        }
    }

    /** A writer for the export: the caller writes pages of rows to {@link #dataSheet()} and closes it. */
    static ExcelWriter open(OutputStream out) {
        return FastExcel.write(out).build();
    }

    static WriteSheet dataSheet() {
        return sheet(0, OrgSheet.SHEET, OrgSheet.COLUMNS);
    }

    private static WriteSheet sheet(int index, String name, List<String> columns) {
        return FastExcel.writerSheet(index, name).head(columns.stream().map(List::of).toList()).build();
    }

    private static List<List<Object>> allowedValues() {
        OrgType[] types = OrgType.values();
        OrgCategory[] categories = OrgCategory.values();
        List<String> notes = List.of(
                "组织编码：必填，字母、数字、下划线或连字符，全市唯一",
                "上级组织编码：可填已有组织或本文件中另一行的编码；留空则挂在您所在的组织下",
                "只有党委、党工委和党总支可以设立下级组织",
                "任何一行有误时整个文件都不会导入，并会列出每一行的问题");
        int n = Math.max(Math.max(types.length, categories.length), notes.size());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Arrays.asList(i < types.length ? types[i].label() : null,
                    i < categories.length ? categories[i].label() : null,
                    i < notes.size() ? notes.get(i) : null));
        }
        return rows;
    }
}
