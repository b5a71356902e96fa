package org.dangjian.learning.media;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A lesson's file: while it is uploaded, which parts arrived; once complete, what it is. */
@Schema(name = "Media", description = "课程音视频或PDF文件：上传中时列出已收到的分片，完成后给出文件类型。A lesson's file: the parts "
        + "received while it is uploaded, its type once complete.")
public record MediaView(
        @Schema(description = "文件编号。The file's id.") long id,
        @Schema(description = "文件名。The file's name.") String fileName,
        @Schema(description = "大小（字节）。Size in bytes.") long size,
        @Schema(description = "状态。Status.") MediaStatus status,
        @Schema(description = "文件类型（完成后）：video/mp4、audio/mpeg、audio/mp4 或 application/pdf。The type, once "
                + "complete.") String contentType,
        @Schema(description = "每个分片的大小（字节，最后一片为余下部分）。Each part's size in bytes (the last: what "
                + "remains).") int partSize,
        @Schema(description = "分片数。How many parts.") int partCount,
        @Schema(description = "已收到的分片序号（从1起）。The parts received, numbered from 1.") List<Integer> partsReceived,
        @Schema(description = "创建时间。When the upload started.") Instant createdAt) {
}
