package org.dangjian.org.excel;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/** The file had bad rows, so nothing was applied; carries every problem and the rows to echo back. */
class ImportRejectedException extends ApiException {
    static final String CODE = "ORG_IMPORT_REJECTED";

    private final transient List<RowProblem> problems;
    private final transient List<SheetRow> rows;

    ImportRejectedException(List<RowProblem> problems, List<SheetRow> rows) {
        super(HttpStatus.BAD_REQUEST, CODE, problems.stream().map(RowProblem::row).distinct().count());
        this.problems = List.copyOf(problems);
        this.rows = List.copyOf(rows);
    }

    List<RowProblem> problems() {
        return problems;
    }

    List<SheetRow> rows() {
        return rows;
    }
}
