package org.dangjian.learning.media;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A file about to be uploaded in parts. */
@Schema(name = "StartMediaUploadRequest", description = "开始分片上传课程音视频或PDF。Starts uploading a lesson's video, "
        + "audio or PDF in parts.")
public record MediaUploadRequest(
        @Schema(description = "文件名（含扩展名）。The file's name, with its extension.", example = "第一讲.mp4")
        @NotBlank @Size(max = 200) String fileName,
        @Schema(description = "文件大小（字节）。The file's size in bytes.", example = "73400320") @NotNull @Min(1) Long size,
        @Schema(description = "文件所属组织，默认为调用者所在组织。The owning organisation (the caller's by default).")
        Long orgId) {
}
