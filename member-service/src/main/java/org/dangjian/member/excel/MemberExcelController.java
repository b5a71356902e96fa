package org.dangjian.member.excel;

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
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.kit.orgs.OrgRef;
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
 * Spreadsheet import and export of members. A rejected import answers 400 {@code MEMBER_IMPORT_REJECTED}
 * with {@code rows[]}, or, to a client that sends {@code Accept:} the .xlsx media type, the uploaded rows
 * with a 错误原因 column. The export is masked unless the caller holds the unmask right and asks for
 * {@code unmasked=true}; a clear export is audited, and so is a refused request for one.
 */
@RestController
@RequestMapping("/api/members")
@Tag(name = "党员导入导出", description = "用 Excel 批量导入和导出党员。Importing and exporting members as Excel workbooks.")
public class MemberExcelController {
    private final MemberImportService imports;
    private final MemberExport export;
    private final ImportLimits limits;
    private final ImportRejections rejections;

    public MemberExcelController(MemberImportService imports, MemberExport export, ImportLimits limits,
                                 ProblemFactory problems) {
        this.imports = imports;
        this.export = export;
        this.limits = limits;
        this.rejections = new ImportRejections(problems);
    }

    /** What a successful import answers (sent as a map; declared here for the API document). */
    @Schema(name = "MemberImportResult", description = "导入结果。The outcome of an import.")
    record ImportResult(@Schema(description = "导入的党员人数。How many members were registered.", example = "120") int imported) {
    }

    @GetMapping("/import/template")
    @Operation(operationId = "downloadMemberImportTemplate", summary = "下载党员导入模板",
            description = "The empty import workbook (党员导入模板.xlsx) with the header row POST /api/members/import expects. "
                    + "Any signed-in caller.")
    @ApiResponse(responseCode = "200", description = "导入模板。The template workbook.", content = @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "党员导入模板.xlsx");
        MemberTemplate.write(response.getOutputStream());
    }

    /** City and organisation administrators import (refused before a byte of the upload is read); auditors and members do not. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    @Operation(operationId = "importMembers", summary = "导入党员",
            description = "Registers every member of an uploaded .xlsx workbook (multipart field `file`, the template's layout), "
                    + "all or nothing: if any row has a problem nothing is imported and the answer is 400 MEMBER_IMPORT_REJECTED "
                    + "with `rows` listing each problem, or, when the request's Accept is the .xlsx media type, the uploaded rows "
                    + "with a 错误原因 column as a workbook (still 400). Rows land in branches of the caller's subtree, by "
                    + "organisation code. For administrators (@Administrators), refused before the upload is read. "
                    + "One member.registered per member.")
    @ApiResponse(responseCode = "200", description = "全部导入。Every row was imported.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "400", description = "文件有问题，未导入任何党员：MEMBER_IMPORT_REJECTED 时 rows 列出每个问题行"
            + "（请求头 Accept 为 .xlsx 类型时返回带“错误原因”列的工作簿）。Nothing was imported: code MEMBER_IMPORT_REJECTED with `rows` "
            + "(or the workbook with a 错误原因 column when Accept asks for .xlsx), MEMBER_IMPORT_NOT_XLSX, MEMBER_IMPORT_HEADER_INVALID, "
            + "MEMBER_IMPORT_EMPTY, MEMBER_IMPORT_TOO_MANY_ROWS, or VALIDATION_FAILED when the field `file` is missing")
    @ApiResponse(responseCode = "409", description = "导入期间有相同身份证号码的党员被登记，全部回滚。A member with one of the ID numbers was "
            + "registered meanwhile and nothing was imported, code MEMBER_ID_NUMBER_EXISTS")
    @ApiResponse(responseCode = "413", description = "文件过大。The file is larger than the import limit, code MEMBER_IMPORT_FILE_TOO_LARGE "
            + "(PAYLOAD_TOO_LARGE above the request size limit)")
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(),
                MemberSheet.LAYOUT, MemberSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, MemberSheet.LAYOUT, "党员导入错误.xlsx");
    }

    @GetMapping("/export")
    @AdministratorsOrAuditors
    @Operation(operationId = "exportMembers", summary = "导出党员",
            description = "The members of an organisation's subtree (the caller's own organisation when orgId is absent) as an "
                    + ".xlsx workbook, ID and phone numbers masked. With unmasked=true they are in clear, for callers whose role "
                    + "holds the unmask right (dj.privacy.unmask-roles; others get 403 FORBIDDEN, detail "
                    + "MEMBER_UNMASK_RIGHT_REQUIRED); a clear export, and a refused request for one, is kept in the "
                    + "sensitive-read audit. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "党员名册。The members' workbook.", content = @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's scope, code ORG_NOT_FOUND")
    public void export(@Parameter(description = "组织；缺省为调用者本组织。The organisation; the caller's own when absent.")
                       @RequestParam(required = false) Long orgId,
                       @Parameter(description = "是否导出明文证件号和手机号（须有脱敏查看权限）。Numbers in clear (needs the unmask right).")
                       @RequestParam(defaultValue = "false") boolean unmasked,
                       HttpServletResponse response) throws IOException {
        // Scope and the right are settled before anything is written, so refusals are clean problems.
        OrgRef root = export.root(orgId);
        if (unmasked) {
            export.requireClearRight(root);
        }
        Downloads.startXlsx(response, "党员-" + (root.code() != null ? root.code() : root.orgId()) + ".xlsx");
        export.write(root, unmasked, response.getOutputStream());
    }
}
