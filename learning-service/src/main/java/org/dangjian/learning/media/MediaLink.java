package org.dangjian.learning.media;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Where a player or viewer fetches a file without a token, until the link expires. */
@Schema(name = "MediaLink", description = "文件的临时链接：播放器或阅读器无需令牌即可读取（支持Range断点），到期失效。A link to a "
        + "file that works without a token (with Range requests) until it expires.")
public record MediaLink(
        @Schema(description = "相对网关的链接。The link, relative to the gateway.") String url,
        @Schema(description = "失效时间。When it stops working.") Instant expiresAt,
        @Schema(description = "文件类型。The file's type.") String contentType,
        @Schema(description = "大小（字节）。Size in bytes.") long size) {
}
