package org.dangjian.recruitment.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The material templates of the development steps: listed and downloaded by administrators, uploaded by the city. */
@RestController
@RequestMapping("/api/recruitment/templates")
@Tag(name = "发展党员流程", description = "发展党员的阶段、步骤及时限规则（全国25步，城市可导入细化流程）。The stages and steps of member "
        + "development with their time rules: the national 25 steps, or a city's finer catalogue.")
public class TemplateController {
    private static final String NOT_FOUND = "流程中没有这个模板，或尚未上传文件。No catalogue version names the template "
            + "(RECRUITMENT_TEMPLATE_NOT_FOUND), or its file is not uploaded yet (RECRUITMENT_TEMPLATE_NOT_UPLOADED)";
    private final MaterialTemplates templates;

    TemplateController(MaterialTemplates templates) {
        this.templates = templates;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listRecruitmentTemplates", summary = "材料模板列表",
            description = "Every material template a catalogue version names (入党申请书参考格式, 政治审查报告样式 ...), with the "
                    + "steps that use it and whether its file is uploaded, in the order of the current version's steps. "
                    + "For administrators and auditors (@AdministratorsOrAuditors).")
    public List<TemplateView> list() {
        return templates.all();
    }

    @AdministratorsOrAuditors
    @GetMapping("/{name}/file")
    @Operation(operationId = "downloadRecruitmentTemplate", summary = "下载材料模板",
            description = "The template's file as the city uploaded it (PDF, Word or Excel), under its file name "
                    + "(Content-Disposition attachment). For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "文件。The file.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/msword", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public ResponseEntity<byte[]> download(@Parameter(description = "模板名称。The template's name.", example = "入党申请书（参考格式）")
                                           @PathVariable String name) {
        MaterialTemplates.Download file = templates.download(name);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    @CityAdminOnly
    @PutMapping(path = "/{name}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadRecruitmentTemplate", summary = "上传材料模板",
            description = "Uploads the file of a template the catalogue names (multipart form field `file`): a PDF, Word "
                    + "(doc, docx) or Excel (xls, xlsx) file, recognised from its bytes (the name only tells which Office "
                    + "format). Replaces the file uploaded before. For the city administrator only (@CityAdminOnly).")
    @ApiResponse(responseCode = "200", description = "模板。The template with its file.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "流程中没有这个模板。No catalogue version names the template, code "
            + "RECRUITMENT_TEMPLATE_NOT_FOUND")
    @ApiResponse(responseCode = "413", description = "文件过大。Larger than allowed for its type, code UPLOAD_TOO_LARGE")
    @ApiResponse(responseCode = "415", description = "不是PDF、Word或Excel文件。Not a PDF, Word or Excel file, code "
            + "UPLOAD_NOT_A_DOCUMENT")
    public TemplateView upload(@Parameter(description = "模板名称。The template's name.", example = "入党申请书（参考格式）")
                               @PathVariable String name,
                               @RequestParam("file") MultipartFile file) throws IOException {
        return templates.upload(name, file.getOriginalFilename(), file.getInputStream(), CurrentUsers.get().accountId());
    }
}
