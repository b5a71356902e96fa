package org.dangjian.cadre.excel;

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
 * Going live with the roster (干部名册) as a workbook: the template, and the import, all or nothing. A rejected
 * import answers 400 {@code CADRE_IMPORT_REJECTED} with {@code rows[]}, or, to a client that sends {@code Accept:}
 * the .xlsx media type, the uploaded rows with a 错误原因 column.
 */
@RestController
@Tag(name = "基层干部") // described once, on CadreController
@RequestMapping("/api/cadres")
public class CadreExcelController {
    private final CadreImport imports;
    private final ImportLimits limits;
    private final ImportRejections rejections;

    CadreExcelController(CadreImport imports, ImportLimits limits, ProblemFactory problems) {
        this.imports = imports;
        this.limits = limits;
        this.rejections = new ImportRejections(problems);
    }

    /** What a successful import answers (sent as a map; declared here for the API document). */
    @Schema(name = "CadreImportResult", description = "导入结果。The outcome of an import.")
    record ImportResult(@Schema(description = "导入的行数（任职和后备）。How many rows (posts and reserve entries) were "
            + "recorded.", example = "120") int imported) {
    }

    @GetMapping("/import/template")
    @Operation(operationId = "downloadCadreImportTemplate", summary = "下载干部名册导入模板",
            description = "The empty roster workbook (干部名册导入模板.xlsx) with the header row POST /api/cadres/import "
                    + "expects, three example rows and a sheet of the allowed values. Any signed-in caller.")
    @ApiResponse(responseCode = "200", description = "导入模板。The template workbook.", content = @Content(
            mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "干部名册导入模板.xlsx");
        CadreTemplate.write(response.getOutputStream());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    @Operation(operationId = "importCadres", summary = "导入干部名册",
            description = "Records the cadres of an uploaded .xlsx workbook (multipart field `file`, the template's "
                    + "layout: one row per post held, 现任, or reserved for, 后备), all or nothing: if any row has a "
                    + "problem nothing is recorded and the answer is 400 CADRE_IMPORT_REJECTED with `rows` listing "
                    + "each problem, or, when the request's Accept is the .xlsx media type, the uploaded rows with a "
                    + "错误原因 column as a workbook (still 400). Organisations by code within the caller's subtree; "
                    + "members found by name and date of birth among those on the roll there (their details are the "
                    + "member record's); anyone else recorded with the row's details, ID and phone numbers encrypted. "
                    + "A person already recorded gets the new posts. One secretary per organisation, in the file and "
                    + "already in post. Each post is announced as cadre.appointment-changed. For administrators "
                    + "(@Administrators), refused before the upload is read.")
    @ApiResponse(responseCode = "200", description = "全部导入。Every row was recorded.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "400", description = "文件有问题，未导入任何干部：CADRE_IMPORT_REJECTED 时 rows 列出每个问题行"
            + "（请求头 Accept 为 .xlsx 类型时返回带“错误原因”列的工作簿）。Nothing was recorded: code CADRE_IMPORT_REJECTED "
            + "with `rows` (or the workbook with a 错误原因 column when Accept asks for .xlsx), CADRE_IMPORT_NOT_XLSX, "
            + "CADRE_IMPORT_HEADER_INVALID, CADRE_IMPORT_EMPTY, CADRE_IMPORT_TOO_MANY_ROWS, or VALIDATION_FAILED when "
            + "the field `file` is missing")
    @ApiResponse(responseCode = "409", description = "导入期间有人登记了同一书记职务或同一身份证号码的人员，全部回滚。A secretary of "
            + "one of the organisations, or a person with one of the ID numbers, was recorded meanwhile (or is "
            + "recorded outside the caller's subtree) and nothing was recorded, code CADRE_ORG_HAS_SECRETARY or "
            + "CADRE_PERSON_ALREADY_RECORDED")
    @ApiResponse(responseCode = "413", description = "文件过大。The file is larger than the import limit, code "
            + "CADRE_IMPORT_FILE_TOO_LARGE (PAYLOAD_TOO_LARGE above the request size limit)")
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
                                                required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(),
                CadreSheet.LAYOUT, CadreSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, CadreSheet.LAYOUT,
                "干部名册导入错误.xlsx");
    }
}
