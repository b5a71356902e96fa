package org.dangjian.kit.excel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.IntSupplier;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a controller answers a rejected import: problem details with {@code rows[]} of
 * {row, column, code, message}, or, for a client that sends {@code Accept:} the .xlsx media type, the
 * uploaded rows with a 错误原因 column. Both are 400: never a 200 carrying an error.
 */
public class ImportRejections {
    private final ProblemFactory problems;

    public ImportRejections(ProblemFactory problems) {
        this.problems = problems;
    }

    /**
     * Applies an import and answers {@code {"imported": n}} (JSON even when the client asked for a
     * workbook, which only a rejection produces), or answers the rejection as {@link #answer} does.
     */
    public ResponseEntity<?> applyOrAnswer(IntSupplier apply, String accept, HttpServletRequest request,
                                           SheetLayout layout, String errorFilename) {
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("imported", apply.getAsInt()));
        } catch (ImportRejectedException rejected) {
            return answer(rejected, accept, request, layout, errorFilename);
        }
    }

    /** The error file when {@code accept} asks for one, else problem details. */
    public ResponseEntity<?> answer(ImportRejectedException ex, String accept, HttpServletRequest request,
                                    SheetLayout layout, String errorFilename) {
        return Downloads.wantsXlsx(accept) ? errorFile(ex, layout, errorFilename) : problem(ex, request);
    }

    public ResponseEntity<ProblemDetail> problem(ImportRejectedException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ex.status(), ex.code(), ex.args(), request.getRequestURI(), null);
        problem.setProperty("rows", ex.problems().stream().map(p -> Map.of(
                "row", p.row(), "column", p.column(), "code", p.code(), "message", message(p))).toList());
        return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public ResponseEntity<byte[]> errorFile(ImportRejectedException ex, SheetLayout layout, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.errors(out, layout, ex.rows(), ex.problems(), this::message);
        return ResponseEntity.status(ex.status()).contentType(Downloads.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(filename))
                .body(out.toByteArray());
    }

    /** The problem's message in the caller's language. */
    public String message(RowProblem p) {
        return problems.fieldMessage(p.code(), p.args());
    }
}
