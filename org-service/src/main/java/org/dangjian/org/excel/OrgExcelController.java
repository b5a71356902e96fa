package org.dangjian.org.excel;

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
import org.dangjian.org.tree.Org;
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
 * Spreadsheet import and export of the organisation tree. A rejected import answers 400
 * {@code ORG_IMPORT_REJECTED} with {@code rows[]}; a client that sends {@code Accept:} the .xlsx media
 * type gets the uploaded rows back instead, with a 错误原因 column (still 400: never a 200 carrying an
 * error). Nothing is stored between requests. Only administrators import: the rule is checked before
 * a byte of the upload is read.
 */
@Tag(name = "组织导入导出", description = "用 Excel 表格批量导入组织、下载导入模板、导出组织。"
        + "Spreadsheet import of organisations, the import template, and export of a subtree.")
@RestController
@RequestMapping("/api/orgs")
public class OrgExcelController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OrgImportService imports;
    private final SubtreeExport export;
    private final ImportLimits limits;
    private final ImportRejections rejections;

    public OrgExcelController(OrgImportService imports, SubtreeExport export, ImportLimits limits,
                              ProblemFactory problems) {
        this.imports = imports;
        this.export = export;
        this.limits = limits;
        this.rejections = new ImportRejections(problems);
    }

    @Operation(operationId = "importOrgs", summary = "导入组织", description = """
            Creates the organisations of an uploaded .xlsx workbook (form field `file`, the template's columns: \
            组织编码, 组织名称, 上级组织编码, 组织类型, 组织类别, then the optional 简称 and 排序), all or none. Administrators only \
            (@Administrators), checked before the upload is read; rows without a parent code go under the \
            caller's own organisation. A rejected file answers 400 ORG_IMPORT_REJECTED with every problem in \
            `rows`; a client that sends `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` \
            gets the uploaded rows back as a workbook with an added 错误原因 column instead (still 400). \
            Nothing is kept between requests.""")
    @ApiResponse(responseCode = "200", description = "已全部导入。Every row was imported.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrgImportResult.class)))
    @ApiResponse(responseCode = "400", description = "文件有问题，未导入任何组织：rows 列出每个问题行"
            + "（请求头 Accept 为 .xlsx 类型时答复带“错误原因”列的工作簿）。"
            + "Nothing imported: code ORG_IMPORT_REJECTED with the problem rows in `rows` (a workbook with a "
            + "错误原因 column when the client accepts .xlsx); for the file as a whole code ORG_IMPORT_NOT_XLSX, "
            + "ORG_IMPORT_HEADER_INVALID, ORG_IMPORT_EMPTY or ORG_IMPORT_TOO_MANY_ROWS, or VALIDATION_FAILED with "
            + "ORG_IMPORT_FILE_MISSING on `file`")
    @ApiResponse(responseCode = "409", description = "导入期间有组织编码被他人占用。"
            + "A code was taken by someone else while the file was imported, code ORG_CODE_EXISTS")
    @ApiResponse(responseCode = "413", description = "文件过大。The file is larger than allowed, code ORG_IMPORT_FILE_TOO_LARGE")
    @Administrators
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(),
                OrgSheet.LAYOUT, OrgSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, OrgSheet.LAYOUT, "组织导入错误.xlsx");
    }

    @Operation(operationId = "downloadOrgImportTemplate", summary = "下载组织导入模板", description = """
            The empty .xlsx workbook to fill in for an import, with the header row. Any signed-in account.""")
    @ApiResponse(responseCode = "200", description = "导入模板（组织导入模板.xlsx）。The template workbook.",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/import/template")
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "组织导入模板.xlsx");
        OrgWorkbooks.template(response.getOutputStream());
    }

    @Operation(operationId = "exportOrgs", summary = "导出组织", description = """
            The subtree under `rootId` as an .xlsx workbook in the import's layout (so it can be edited and \
            imported elsewhere). Any signed-in account, within its own organisations.""")
    @ApiResponse(responseCode = "200", description = "组织表（组织-编码.xlsx）。The subtree's workbook.",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "根组织不存在或不在管辖范围内，或本账号没有所属组织。"
            + "The root is unknown or outside the caller's organisations, or the caller has no organisation, "
            + "code ORG_NOT_FOUND")
    @GetMapping("/export")
    public void export(@Parameter(description = "子树的根组织，默认为本账号所在组织。"
                               + "The subtree's root; the caller's own organisation when left out.")
                       @RequestParam(required = false) Long rootId, HttpServletResponse response) throws IOException {
        // Resolved before anything is written: a root outside the scope must still be a clean 404.
        Org root = export.root(rootId);
        Downloads.startXlsx(response, "组织-" + (root.getCode() != null ? root.getCode() : root.getId()) + ".xlsx");
        export.write(root, response.getOutputStream());
    }
}
