package org.dangjian.kit.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one kind of workbook. The required columns open the header row, exactly in this
 * order; optional columns are found by their header anywhere after them (users add, drop and reorder
 * those). Template, export and error file all write {@link #columns()}, so any of them can be uploaded
 * again as it is.
 *
 * @param sheetName the data sheet's name in files this service writes
 */
public record SheetLayout(String sheetName, List<String> required, List<String> optional) {
    /** The header of the error file's extra column. */
    public static final String ERROR_COLUMN = "错误原因";

    public SheetLayout {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** Required then optional columns: the header written into every file. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }

    /** The header cells a user must start with, for the "wrong header" message. */
    public String requiredList() {
        return String.join("、", required);
    }
}
