package org.dangjian.kit.excel;

import cn.idev.excel.FastExcel;
import cn.idev.excel.cache.MapCache;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;

/**
 * Reads the first sheet of an uploaded .xlsx with FastExcel's event reader: rows arrive one at a time
 * and nothing but their strings is kept. Checks the file type, the header and the row cap; judging the
 * rows' content is the service's job, so that every bad row is reported at once.
 */
public final class XlsxSheetReader {
    private XlsxSheetReader() {
    }

    /** The non-blank data rows, in file order. */
    public static List<SheetRow> read(InputStream in, SheetLayout layout, int maxRows, ImportCodes codes)
            throws IOException {
        if (!in.markSupported()) {
            in = new BufferedInputStream(in);
        }
        // An .xlsx is a zip archive: refuse anything else before the parser tries to make sense of it.
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw ApiException.badRequest(codes.notXlsx());
        }
        Rows rows = new Rows(layout, maxRows, codes);
        try {
            // MapCache keeps shared strings on the heap instead of an Ehcache file cache: the upload is
            // capped, and even 100,000 rows' strings take some tens of megabytes.
            FastExcel.read(in, rows).excelType(ExcelTypeEnum.XLSX).readCache(new MapCache())
                    .sheet(0).headRowNumber(1).doRead();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ApiException api) {
                    throw api;
                }
            }
            throw ApiException.badRequest(codes.notXlsx());
        }
        if (!rows.headerSeen) {
            throw ApiException.badRequest(codes.headerInvalid(), layout.requiredList());
        }
        if (rows.rows.isEmpty()) {
            throw ApiException.badRequest(codes.empty());
        }
        return rows.rows;
    }

    /** Full-width and no-break spaces come along when rows are pasted from Word or web pages. */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String trimmed = cell.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static final class Rows extends AnalysisEventListener<Map<Integer, String>> {
        private final SheetLayout layout;
        private final int maxRows;
        private final ImportCodes codes;
        private final List<SheetRow> rows = new ArrayList<>();
        /** For each layout column, where it stands in this file; -1 when an optional column is absent. */
        private final int[] position;
        private boolean headerSeen;

        Rows(SheetLayout layout, int maxRows, ImportCodes codes) {
            this.layout = layout;
            this.maxRows = maxRows;
            this.codes = codes;
            this.position = new int[layout.columns().size()];
            Arrays.fill(position, -1);
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            List<String> required = layout.required();
            for (int i = 0; i < required.size(); i++) {
                if (!required.get(i).equals(clean(head.get(i)))) {
                    throw ApiException.badRequest(codes.headerInvalid(), layout.requiredList());
                }
                position[i] = i;
            }
            List<String> optional = layout.optional();
            head.forEach((index, title) -> {
                int k = optional.indexOf(clean(title));
                if (k >= 0 && index >= required.size() && position[required.size() + k] < 0) {
                    position[required.size() + k] = index;
                }
            });
            headerSeen = true;
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            if (!headerSeen) {
                throw ApiException.badRequest(codes.headerInvalid(), layout.requiredList());
            }
            List<String> cells = new ArrayList<>(position.length);
            for (int column : position) {
                cells.add(column < 0 ? null : clean(data.get(column)));
            }
            SheetRow row = new SheetRow(context.readRowHolder().getRowIndex() + 1, cells);
            if (row.isBlank()) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw ApiException.badRequest(codes.tooManyRows(), maxRows);
            }
            rows.add(row);
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }
    }
}
