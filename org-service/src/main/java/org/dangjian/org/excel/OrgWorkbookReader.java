package org.dangjian.org.excel;

import cn.idev.excel.FastExcel;
import cn.idev.excel.cache.MapCache;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;

/**
 * Reads the first sheet of an uploaded .xlsx with FastExcel's event reader (rows arrive one at a time;
 * nothing but the rows' strings is kept). Checks the header and the row cap; everything about the
 * rows' content is {@link ImportValidator}'s job, so that every bad row is reported at once.
 */
final class OrgWorkbookReader {
    private OrgWorkbookReader() {
    }

    static List<SheetRow> read(InputStream in, int maxRows) throws IOException {
        if (!in.markSupported()) {
            in = new java.io.BufferedInputStream(in);
        }
        // An .xlsx is a zip archive: refuse anything else before the parser tries to make sense of it.
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw ApiException.badRequest("ORG_IMPORT_NOT_XLSX");
        }
        Rows rows = new Rows(maxRows);
        try {
            // MapCache keeps shared strings on the heap instead of an Ehcache file cache: the upload is
            // capped, and a 20,000-row file's strings take a few megabytes.
            FastExcel.read(in, rows).excelType(ExcelTypeEnum.XLSX).readCache(new MapCache())
                    .sheet(0).headRowNumber(1).doRead();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ApiException api) {
                    throw api;
                }
            }
            throw ApiException.badRequest("ORG_IMPORT_NOT_XLSX");
        }
        if (!rows.headerSeen) {
            throw ApiException.badRequest("ORG_IMPORT_HEADER_INVALID", String.join("、", OrgSheet.REQUIRED));
        }
        if (rows.rows.isEmpty()) {
            throw ApiException.badRequest("ORG_IMPORT_EMPTY");
        }
        return rows.rows;
    }

    private static final class Rows extends AnalysisEventListener<Map<Integer, String>> {
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerSeen;
        /** Optional columns may stand anywhere after the required ones; -1 when absent. */
        private int shortNameColumn = -1;
        private int sortOrderColumn = -1;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            for (int i = 0; i < OrgSheet.REQUIRED.size(); i++) {
                if (!OrgSheet.REQUIRED.get(i).equals(clean(head.get(i)))) {
                    throw ApiException.badRequest("ORG_IMPORT_HEADER_INVALID", String.join("、", OrgSheet.REQUIRED));
                }
            }
            head.forEach((index, title) -> {
                if (OrgSheet.SHORT_NAME.equals(clean(title))) {
                    shortNameColumn = index;
                } else if (OrgSheet.SORT_ORDER.equals(clean(title))) {
                    sortOrderColumn = index;
                }
            });
            headerSeen = true;
        }

        @Override
        public void invoke(Map<Integer, String> data, AnalysisContext context) {
            if (!headerSeen) {
                throw ApiException.badRequest("ORG_IMPORT_HEADER_INVALID", String.join("、", OrgSheet.REQUIRED));
            }
            int rowNumber = context.readRowHolder().getRowIndex() + 1;
            SheetRow row = new SheetRow(rowNumber, clean(data.get(0)), clean(data.get(1)), clean(data.get(2)),
                    clean(data.get(3)), clean(data.get(4)), optional(data, shortNameColumn), optional(data, sortOrderColumn));
            if (row.isBlank()) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw ApiException.badRequest("ORG_IMPORT_TOO_MANY_ROWS", maxRows);
            }
            rows.add(row);
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }

        private static String optional(Map<Integer, String> data, int column) {
            return column < 0 ? null : clean(data.get(column));
        }

        private static String clean(String cell) {
            if (cell == null) {
                return null;
            }
            // Full-width and no-break spaces come along when rows are pasted from Word or web pages.
            String trimmed = cell.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
            return trimmed.isEmpty() ? null : trimmed;
        }
    }
}
