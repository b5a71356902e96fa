package org.dangjian.recruitment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A file attached to a step of a case, as the case view and the upload answer show it. */
@Schema(name = "RecruitmentAttachment", description = "步骤的附件（照片或扫描件）。A file attached to a step: a photo or a scan.")
public record AttachmentView(@Schema(description = "附件编号。The attachment's id.") long id,
                             @Schema(example = "N15") String stepCode,
                             @Schema(description = "上传时的文件名。The file's name as uploaded.", example = "支部大会.jpg")
                             String fileName,
                             @Schema(description = "按文件内容识别的类型。The type, read from the bytes.", example = "image/jpeg")
                             String contentType,
                             @Schema(description = "字节数。Size in bytes.") long size,
                             @Schema(description = "上传人账号。The account that uploaded it.") long uploadedBy,
                             Instant uploadedAt,
                             @Schema(description = "下载地址。Where to download it.",
                                     example = "/api/recruitment/cases/12/attachments/34") String url) {
}
