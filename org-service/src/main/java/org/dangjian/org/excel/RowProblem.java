package org.dangjian.org.excel;

/**
 * What is wrong with one cell of an uploaded file: the Excel row number, the column's header, and a
 * message code of {@code problems*.properties} with its arguments (resolved in the caller's language).
 */
record RowProblem(int row, String column, String code, Object... args) {
}
