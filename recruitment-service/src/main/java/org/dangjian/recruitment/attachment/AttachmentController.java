package org.dangjian.recruitment.attachment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.recruitment.cases.AttachmentView;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The evidence of a case's steps: uploading a photo or scan to a step, downloading it. */
@RestController
@RequestMapping("/api/recruitment/cases/{id}")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class AttachmentController {
    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @Administrators
    @PostMapping(path = "/steps/{code}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "addRecruitmentStepAttachment", summary = "上传步骤附件",
            description = "Attaches one file (multipart form field `file`) to a step of the case: a photo (JPEG, PNG, "
                    + "WebP) or a PDF, recognised from its bytes, not its name. Before the step is recorded (the next "
                    + "step only: the evidence of the step about to be recorded) or after (adds to a recorded step); "
                    + "nothing is removed except through an approved change request. Whoever may record the step may "
                    + "upload (@Administrators; 403 naming the performer otherwise). Returns the attachment; the case "
                    + "view lists it under its step.")
    @ApiResponse(responseCode = "201", description = "已上传的附件。The attachment.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "该步骤由其他组织办理。The step is another organisation's, code "
            + "FORBIDDEN, detail RECRUITMENT_STEP_PERFORMED_BY")
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内，或流程中没有此步骤。No such case in the "
            + "caller's subtree (RECRUITMENT_CASE_NOT_FOUND), or no such step (RECRUITMENT_STEP_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "该步骤既未记录也不是下一步。The step is neither recorded nor the next "
            + "one, code RECRUITMENT_ATTACHMENT_STEP_NOT_REACHED")
    @ApiResponse(responseCode = "413", description = "文件过大。Larger than allowed for its type, code UPLOAD_TOO_LARGE")
    @ApiResponse(responseCode = "415", description = "文件不是照片或PDF。Not a photo (JPEG, PNG, WebP) or a PDF, code "
            + "UPLOAD_NOT_A_PHOTO_OR_PDF")
    public ResponseEntity<AttachmentView> upload(@Parameter(description = "案卷号。The case id.") @PathVariable long id,
                                                 @Parameter(description = "步骤编码。The step's code.", example = "N15")
                                                 @PathVariable String code,
                                                 @RequestParam("file") MultipartFile file) throws IOException {
        AttachmentView a = attachments.upload(id, code, file.getOriginalFilename(), file.getInputStream(),
                CurrentUsers.get());
        return ResponseEntity.created(URI.create(a.url())).body(a);
    }

    @AdministratorsOrAuditors
    @GetMapping("/attachments/{attachmentId}")
    @Operation(operationId = "getRecruitmentAttachment", summary = "下载步骤附件",
            description = "The file as uploaded, with the type read from its bytes and its file name (Content-Disposition "
                    + "attachment), including a file an approved change took off its step (the history shows it). For "
                    + "administrators and auditors whose subtree holds the case (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "文件。The file.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "案卷或附件不存在或不在所辖范围内。No such case in the caller's subtree "
            + "(RECRUITMENT_CASE_NOT_FOUND) or no such file on it (RECRUITMENT_ATTACHMENT_NOT_FOUND)")
    public ResponseEntity<byte[]> download(@Parameter(description = "案卷号。The case id.") @PathVariable long id,
                                           @Parameter(description = "附件编号。The attachment's id.")
                                           @PathVariable long attachmentId) {
        Attachments.Download file = attachments.download(id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
