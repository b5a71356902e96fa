package org.dangjian.member.excel;

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

    @GetMapping("/import/template")
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "党员导入模板.xlsx");
        MemberTemplate.write(response.getOutputStream());
    }

    /** City and organisation administrators import (refused before a byte of the upload is read); auditors and members do not. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(),
                MemberSheet.LAYOUT, MemberSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, MemberSheet.LAYOUT, "党员导入错误.xlsx");
    }

    @GetMapping("/export")
    @AdministratorsOrAuditors
    public void export(@RequestParam(required = false) Long orgId,
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
