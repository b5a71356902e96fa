package org.dangjian.recruitment.template;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A material template the catalogue names: the steps it serves and its file, when the city has uploaded one. */
public record TemplateView(
        @Schema(description = "模板名称（流程中所列）。The template's name, as the catalogue lists it.", example = "入党申请书（参考格式）")
        String name,
        @Schema(description = "使用该模板的步骤（现行流程优先）。The steps that name it, from the newest version naming it.")
        List<StepRef> steps,
        @Schema(description = "是否已上传文件。Whether the city has uploaded its file.") boolean available,
        @Schema(description = "文件名。The file's name.", nullable = true) String fileName,
        @Schema(description = "文件类型（按内容识别）。The type, read from the bytes.", nullable = true) String contentType,
        @Schema(description = "文件大小（字节）。Size in bytes.", nullable = true) Long sizeBytes,
        @Schema(description = "上传时间。When it was uploaded.", nullable = true) Instant uploadedAt,
        @Schema(description = "下载地址。Where to download it.", nullable = true) String url) {

    /** A step naming the template. */
    public record StepRef(@Schema(description = "步骤编码。The step's code.", example = "N01") String code,
                          @Schema(description = "步骤名称。The step's name.", example = "递交入党申请书") String name) {
    }
}
