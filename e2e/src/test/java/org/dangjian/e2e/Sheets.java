package org.dangjian.e2e;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/** Spreadsheets as a user prepares and opens them: one sheet, a header row, then data. */
final class Sheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    static byte[] xlsx(String sheet, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet(sheet).head(header.stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    /** Every row of the first sheet, the header included, as cell index to text. */
    static List<Map<Integer, String>> read(byte[] xlsx) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(0).doReadSync();
    }
}
