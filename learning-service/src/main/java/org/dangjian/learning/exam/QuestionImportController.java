package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.dangjian.kit.excel.Downloads;
import org.dangjian.kit.excel.ImportLimits;
import org.dangjian.kit.excel.ImportRejections;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.excel.Uploads;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A question bank from a workbook: the template, and the import, all or nothing. A rejected import answers 400
 * {@code LEARNING_IMPORT_REJECTED} with {@code rows[]} (row, column, reason), or, to a client that sends
 * {@code Accept:} the .xlsx media type, the rows with a 错误原因 column.
 */
@RestController
@RequestMapping("/api/learning/questions/import")
@Tag(name = "题库", description = "考试题库：单选、多选、判断、填空，带标签和难度。The question banks: single and multiple choice, "
        + "true/false and fill-in, with tags and difficulty.")
public class QuestionImportController {
    private final QuestionImport imports;
    private final ImportLimits limits;
    private final ImportRejections rejections;

    QuestionImportController(QuestionImport imports, ImportLimits limits, ProblemFactory problems) {
        this.imports = imports;
        this.limits = limits;
        this.rejections = new ImportRejections(problems);
    }

    @Schema(name = "QuestionImportResult", description = "导入结果。The outcome of an import.")
    record ImportResult(@Schema(description = "导入的试题数。How many questions were added.", example = "120") int imported) {
    }

    @GetMapping("/template")
    @Operation(operationId = "downloadQuestionImportTemplate", summary = "下载试题导入模板",
            description = "The question bank workbook (试题导入模板.xlsx): 题型, 题干, 答案, 选项A to 选项H, 标签, 难度, an example of "
                    + "each kind and a sheet of notes. Any signed-in caller.")
    @ApiResponse(responseCode = "200", description = "导入模板。The template workbook.",
            content = @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "试题导入模板.xlsx");
        QuestionSheet.template(response.getOutputStream());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    @Operation(operationId = "importQuestions", summary = "导入试题",
            description = "Adds every row of an uploaded .xlsx workbook (multipart field `file`, the template's layout) to the "
                    + "bank of `orgId` (the caller's organisation by default, within the caller's subtree). All or nothing: "
                    + "each row is checked as a question added one by one is (kind, stem, the answer fitting the kind and its "
                    + "options, tags, difficulty); if any row has a problem nothing is added: 400 LEARNING_IMPORT_REJECTED with "
                    + "`rows`, each naming the row and the column, or the rows with a 错误原因 column as a workbook when Accept "
                    + "asks for .xlsx. For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "全部导入。Every row was added.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "400", description = "文件有问题，未导入任何试题。Nothing was imported: LEARNING_IMPORT_REJECTED with "
            + "`rows`, LEARNING_IMPORT_NOT_XLSX, LEARNING_IMPORT_HEADER_INVALID, LEARNING_IMPORT_EMPTY, "
            + "LEARNING_IMPORT_TOO_MANY_ROWS, or VALIDATION_FAILED when the field `file` is missing or `orgId` is not in "
            + "the caller's subtree")
    @ApiResponse(responseCode = "413", description = "文件过大。Larger than the import limit, code LEARNING_IMPORT_FILE_TOO_LARGE")
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @Parameter(description = "题库所属组织，默认为调用者所在组织。The bank's organisation, the "
                                                + "caller's by default.") @RequestParam(required = false) Long orgId,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(), QuestionSheet.LAYOUT,
                QuestionSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows, orgId, CurrentUsers.get()), accept, request,
                QuestionSheet.LAYOUT, "试题导入错误.xlsx");
    }
}
