package org.dangjian.org.excel;

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
@RestController
@RequestMapping("/api/orgs")
public class OrgExcelController {
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

    @Administrators
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletRequest request) throws IOException {
        List<SheetRow> rows = Uploads.rows(file, "file", limits.getMaxFileBytes(), limits.getMaxRows(),
                OrgSheet.LAYOUT, OrgSheet.CODES);
        return rejections.applyOrAnswer(() -> imports.importRows(rows), accept, request, OrgSheet.LAYOUT, "组织导入错误.xlsx");
    }

    @GetMapping("/import/template")
    public void template(HttpServletResponse response) throws IOException {
        Downloads.startXlsx(response, "组织导入模板.xlsx");
        OrgWorkbooks.template(response.getOutputStream());
    }

    @GetMapping("/export")
    public void export(@RequestParam(required = false) Long rootId, HttpServletResponse response) throws IOException {
        // Resolved before anything is written: a root outside the scope must still be a clean 404.
        Org root = export.root(rootId);
        Downloads.startXlsx(response, "组织-" + (root.getCode() != null ? root.getCode() : root.getId()) + ".xlsx");
        export.write(root, response.getOutputStream());
    }
}
