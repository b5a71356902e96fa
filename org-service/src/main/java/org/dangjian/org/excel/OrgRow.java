package org.dangjian.org.excel;

import java.util.Arrays;
import org.dangjian.kit.excel.SheetRow;

/**
 * One data row of an organisation workbook, its cells named: the uploaded row (trimmed, blank as null)
 * read as {@link OrgSheet#LAYOUT}'s columns, with the row number Excel shows.
 */
record OrgRow(int rowNumber, String code, String name, String parentCode, String type, String category,
              String shortName, String sortOrder) {

    static OrgRow of(SheetRow row) {
        return new OrgRow(row.rowNumber(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4),
                row.cell(5), row.cell(6));
    }

    /** Back to the cells in {@link OrgSheet#LAYOUT} order, for the error file. */
    SheetRow sheetRow() {
        return new SheetRow(rowNumber, Arrays.asList(code, name, parentCode, type, category, shortName, sortOrder));
    }
}
