package org.dangjian.org.excel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.org.tree.Org;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheet import and export of the organisation tree. A rejected import answers 400
 * {@code ORG_IMPORT_REJECTED} with {@code rows[]}; a client that sends {@code Accept:} the .xlsx media
 * type gets the uploaded rows back instead, with a 错误原因 column (still 400: never a 200 carrying an
 * error). Nothing is stored between requests.
 */
@RestController
@RequestMapping("/api/orgs")
public class OrgExcelController {
    private static final MediaType XLSX = MediaType.parseMediaType(OrgSheet.XLSX);

    private final OrgImportService imports;
    private final SubtreeExport export;
    private final ImportLimits limits;
    private final ProblemFactory problems;

    public OrgExcelController(OrgImportService imports, SubtreeExport export, ImportLimits limits,
                              ProblemFactory problems) {
        this.imports = imports;
        this.export = export;
        this.limits = limits;
        this.problems = problems;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        OrgImportService.requireImporter(); // before reading a byte of the upload
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidField("file", "ORG_IMPORT_FILE_MISSING");
        }
        if (file.getSize() > limits.getMaxFileBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "ORG_IMPORT_FILE_TOO_LARGE",
                    String.valueOf(limits.getMaxFileBytes() / (1024 * 1024)));
        }
        List<SheetRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = OrgWorkbookReader.read(in, limits.getMaxRows());
        }
        try {
            // JSON even when the client asked for a workbook (which only a rejection produces).
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("imported", imports.importRows(rows)));
        } catch (ImportRejectedException rejected) {
            if (wantsWorkbook(accept)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                OrgWorkbooks.errors(out, rejected.rows(), rejected.problems(), this::message);
                return ResponseEntity.badRequest().contentType(XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("组织导入错误.xlsx"))
                        .body(out.toByteArray());
            }
            throw rejected;
        }
    }

    @GetMapping("/import/template")
    public void template(HttpServletResponse response) throws IOException {
        xlsx(response, "组织导入模板.xlsx");
        OrgWorkbooks.template(response.getOutputStream());
    }

    @GetMapping("/export")
    public void export(@RequestParam(required = false) Long rootId, HttpServletResponse response) throws IOException {
        // Resolved before anything is written: a root outside the scope must still be a clean 404.
        Org root = export.root(rootId);
        xlsx(response, "组织-" + (root.getCode() != null ? root.getCode() : root.getId()) + ".xlsx");
        export.write(root, response.getOutputStream());
    }

    /** Controller-local, so it wins over web-kit's generic handler: the problem carries {@code rows[]}. */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ex.status(), ex.code(), ex.args(), request.getRequestURI(), null);
        problem.setProperty("rows", ex.problems().stream().map(p -> Map.of(
                "row", p.row(), "column", p.column(), "code", p.code(), "message", message(p))).toList());
        return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(RowProblem p) {
        return problems.fieldMessage(p.code(), p.args());
    }

    private static boolean wantsWorkbook(String accept) {
        if (accept == null) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream().anyMatch(XLSX::equalsTypeAndSubtype);
    }

    private static void xlsx(HttpServletResponse response, String filename) {
        response.setContentType(OrgSheet.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
