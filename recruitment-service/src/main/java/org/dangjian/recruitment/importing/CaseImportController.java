package org.dangjian.recruitment.importing;

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
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.excel.Uploads;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
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
 * Going live with cases part-way through: the template of the current catalogue, and the import, all or nothing.
 * A rejected import answers 400 {@code RECRUITMENT_IMPORT_REJECTED} with {@code rows[]} (row, column = the step's
 * column for a step's date, reason), or, to a client that sends {@code Accept:} the .xlsx media type, the rows with a
 * 错误原因 column.
 */
@RestController
@RequestMapping("/api/recruitment/cases/import")
@Tag(name = "发展党员案卷导入", description = "平台启用时，用 Excel 导入已在发展过程中的人员及其已完成步骤的日期。"
        + "Going live: people already part-way through, with the dates of the steps they have done, from a workbook.")
public class CaseImportController {
    private final CaseImport imports;
    private final Catalogues catalogues;
    private final ImportLimits limits;
    private final ImportRejections rejections;

    CaseImportController(CaseImport imports, Catalogues catalogues, ImportLimits limits, ProblemFactory problems) {
        this.imports = imports;
        this.catalogues = catalogues;
        this.limits = limits;
        this.rejections = new ImportRejections(problems);
    }

    @Schema(name = "RecruitmentImportResult", description = "导入结果。The outcome of an import.")
    record ImportResult(@Schema(description = "开立的案卷数。How many cases were opened.", example = "20") int imported) {
    }

    @GetMapping("/template")
    @Operation(operationId = "downloadRecruitmentImportTemplate", summary = "下载发展党员案卷导入模板",
            description = "The import workbook for the current catalogue (发展党员导入模板.xlsx): the person's columns, then one "
                    + "date column per step (\"N03 推荐和确定入党积极分子\"), an example row, notes, and a sheet of the steps "
                    + "with their time rules. Any signed-in caller.")
    @ApiResponse(responseCode = "200", description = "导入模板。The template workbook.",
            content = @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "发展党员导入模板.xlsx");
        CaseTemplate.write(catalogues.current(), response.getOutputStream());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    @Operation(operationId = "importRecruitmentCases", summary = "导入发展中的人员",
            description = "Opens a case for every row of an uploaded .xlsx workbook (multipart field `file`, the template's "
                    + "layout) on the current catalogue, with the steps dated in the row recorded as done before the platform. "
                    + "All or nothing: each row is checked as an application is (person, age on the application date, a "
                    + "branch of the caller's subtree by code, no open case for the person, no person twice), and its dates "
                    + "against the catalogue (no step skipped, none before the step before it or outside its time rules, none "
                    + "after today). If any row has a problem nothing is opened: 400 RECRUITMENT_IMPORT_REJECTED with `rows`, "
                    + "each naming the row and the column (a step's own column for its date), or the rows with a 错误原因 "
                    + "column as a workbook when Accept asks for .xlsx. Each case and step is announced as when recorded one "
                    + "by one. For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "全部导入。Every row opened a case.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "400", description = "文件有问题，未导入任何案卷。Nothing was imported: RECRUITMENT_IMPORT_REJECTED "
            + "with `rows`, RECRUITMENT_IMPORT_NOT_XLSX, RECRUITMENT_IMPORT_HEADER_INVALID, RECRUITMENT_IMPORT_EMPTY, "
            + "RECRUITMENT_IMPORT_TOO_MANY_ROWS, or VALIDATION_FAILED when the field `file` is missing")
    @ApiResponse(responseCode = "409", description = "导入期间有人已被开立案卷，全部回滚。A case was opened meanwhile for one of "
            + "the people and nothing was imported, code RECRUITMENT_CASE_ALREADY_OPEN")
    @ApiResponse(responseCode = "413", description = "文件过大。Larger than the import limit, code RECRUITMENT_IMPORT_FILE_TOO_LARGE")
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        Catalogue catalogue = catalogues.current();
        SheetLayout layout = CaseSheet.layout(catalogue);
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(), layout, CaseSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, layout, "发展党员导入错误.xlsx");
    }
}
