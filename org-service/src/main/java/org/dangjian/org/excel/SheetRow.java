package org.dangjian.org.excel;

import java.util.Arrays;
import java.util.List;

/**
 * One data row of an uploaded workbook as the user typed it (trimmed, blank as null), with the row
 * number Excel shows (the header is row 1), so that problems point at what the user sees.
 */
record SheetRow(int rowNumber, String code, String name, String parentCode, String type, String category,
                String shortName, String sortOrder) {

    boolean isBlank() {
        return Arrays.asList(code, name, parentCode, type, category, shortName, sortOrder).stream()
                .allMatch(v -> v == null);
    }

    /** The cells in {@link OrgSheet#COLUMNS} order, for writing the row back out. */
    List<Object> cells() {
        return Arrays.asList(code, name, parentCode, type, category, shortName, sortOrder);
    }
}
