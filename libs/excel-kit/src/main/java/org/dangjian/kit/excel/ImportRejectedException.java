package org.dangjian.kit.excel;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The file had bad rows, so nothing was applied: 400 with every problem, and the rows as uploaded so
 * that the error file can echo them back. Its argument is the number of bad rows.
 */
public class ImportRejectedException extends ApiException {
    private final transient List<RowProblem> problems;
    private final transient List<SheetRow> rows;

    public ImportRejectedException(ImportCodes codes, List<RowProblem> problems, List<SheetRow> rows) {
        super(HttpStatus.BAD_REQUEST, codes.rejected(), problems.stream().map(RowProblem::row).distinct().count());
        this.problems = List.copyOf(problems);
        this.rows = List.copyOf(rows);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public List<SheetRow> rows() {
        return rows;
    }
}
