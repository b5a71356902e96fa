package org.dangjian.org.excel;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds and reads workbooks in memory for tests and the benchmark, with the same library as the service. */
public final class Xlsx {
    public static final List<String> HEADER = List.of("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别", "简称", "排序");

    private Xlsx() {
    }

    /** One sheet: the header row, then the rows (each a list of cells, null for empty). */
    public static byte[] of(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("组织").head(header.stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    public static byte[] of(List<List<Object>> rows) {
        return of(HEADER, rows);
    }

    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** Every row of a sheet including the header, as strings by column (missing cells as null). */
    public static List<List<String>> read(byte[] xlsx, int sheet) {
        List<Map<Integer, String>> raw = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(sheet).headRowNumber(0).doReadSync();
        List<List<String>> rows = new ArrayList<>();
        for (Map<Integer, String> cells : raw) {
            int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                row.add(cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
