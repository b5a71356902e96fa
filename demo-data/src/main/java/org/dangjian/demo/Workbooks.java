package org.dangjian.demo;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** The generated rows as an .xlsx upload: one sheet, a header row, then the data. */
final class Workbooks {
    private Workbooks() {
    }

    static byte[] xlsx(String sheet, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(header.stream().map(List::of).toList()).sheet(sheet).doWrite(rows);
        return out.toByteArray();
    }
}
