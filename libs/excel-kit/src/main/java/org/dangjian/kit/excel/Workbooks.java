package org.dangjian.kit.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes workbooks with FastExcel (SXSSF underneath: rows go to the stream as they are written). A
 * template or an export opens a writer with {@link #open}, writes rows to {@link #sheet}s and closes it.
 */
public final class Workbooks {
    private Workbooks() {
    }

    public static ExcelWriter open(OutputStream out) {
        return FastExcel.write(out).build();
    }

    /** Sheet {@code index} named {@code name}, with one header row of {@code columns}. */
    public static WriteSheet sheet(int index, String name, List<String> columns) {
        return FastExcel.writerSheet(index, name).head(columns.stream().map(List::of).toList()).build();
    }

    /** The layout's data sheet, first in the workbook. */
    public static WriteSheet dataSheet(SheetLayout layout) {
        return sheet(0, layout.sheetName(), layout.columns());
    }

    /**
     * The rows as uploaded, each followed by its problems in a 错误原因 column (blank for good rows),
     * ready to be fixed and uploaded again.
     */
    public static void errors(OutputStream out, SheetLayout layout, List<SheetRow> rows, List<RowProblem> problems,
                              Function<RowProblem, String> message) {
        Map<Integer, String> reasons = problems.stream().collect(Collectors.groupingBy(RowProblem::row,
                Collectors.mapping(p -> p.column() + "：" + message.apply(p), Collectors.joining("；"))));
        List<String> head = new ArrayList<>(layout.columns());
        head.add(SheetLayout.ERROR_COLUMN);
        List<List<Object>> data = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            List<Object> cells = new ArrayList<>(row.cells());
            while (cells.size() < layout.columns().size()) {
                cells.add(null);
            }
            cells.add(reasons.get(row.rowNumber()));
            data.add(cells);
        }
        try (ExcelWriter writer = open(out)) {
            writer.write(data, sheet(0, layout.sheetName(), head));
        }
    }

    /**
     * Lists side by side as columns (allowed values, notes), padded with empty cells to the longest:
     * the rows of a template's reference sheet.
     */
    public static List<List<Object>> columnsSideBySide(List<List<String>> columns) {
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        List<List<Object>> rows = new ArrayList<>(height);
        for (int i = 0; i < height; i++) {
            List<Object> row = new ArrayList<>(columns.size());
            for (List<String> column : columns) {
                row.add(i < column.size() ? column.get(i) : null);
            }
            rows.add(row);
        }
        return rows;
    }
}
