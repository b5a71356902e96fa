package org.dangjian.kit.excel;

import java.util.Comparator;

/**
 * What is wrong with one cell of an uploaded file: the Excel row number, the column's header, and a
 * message code of the service's {@code problems*.properties} with its arguments (resolved in the
 * caller's language when answered).
 */
public record RowProblem(int row, String column, String code, Object... args) {

    /** Top to bottom, then left to right as the layout's columns stand: the order a user fixes them in. */
    public static Comparator<RowProblem> inSheetOrder(SheetLayout layout) {
        return Comparator.comparingInt(RowProblem::row)
                .thenComparingInt(p -> layout.columns().indexOf(p.column()));
    }
}
