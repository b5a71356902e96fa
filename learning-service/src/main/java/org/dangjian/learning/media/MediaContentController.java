package org.dangjian.learning.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.RangedDownloads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file's bytes, for whoever holds a signed link (a public route: the video element, the PDF viewer and WeChat's
 * download cannot send a token; the link is what the service hands out after checking the caller). Ranges are
 * answered 206, so players seek and downloads resume.
 */
@RestController
@Tag(name = "课程文件")
public class MediaContentController {
    private final MediaLibrary library;
    private final ObjectStore store;

    MediaContentController(MediaLibrary library, ObjectStore store) {
        this.library = library;
        this.store = store;
    }

    @GetMapping("/api/learning/media/{id}/content")
    @Operation(operationId = "getMediaContent", summary = "读取文件内容（临时链接）",
            description = "The file's bytes for a signed link (no token: the link is the credential), as the link "
                    + "routes give it. One byte range (`Range: bytes=a-b`) is answered 206 with Content-Range, a range "
                    + "past the end 416, no range (or several) the whole file. An altered or expired link is refused.")
    @ApiResponse(responseCode = "200", description = "整个文件。The whole file.",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "所请求的字节范围。The range asked for.",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "链接无效或已过期。The link was altered or has expired, code FORBIDDEN, "
            + "detail LEARNING_MEDIA_LINK_INVALID")
    @ApiResponse(responseCode = "404", description = "文件不存在。No such file, code LEARNING_MEDIA_NOT_FOUND")
    @ApiResponse(responseCode = "416", description = "范围超出文件末尾。The range starts past the file's end.")
    public void content(@Parameter(description = "文件编号。The file's id.") @PathVariable long id,
                        @Parameter(description = "链接的失效时间（纪元秒）。When the link expires, epoch seconds.")
                        @RequestParam long expires,
                        @Parameter(description = "链接的签名。The link's signature.") @RequestParam String signature,
                        HttpServletRequest request, HttpServletResponse response) {
        MediaLibrary.Content file = library.content(id, expires, signature);
        // players fetch the same ranges again while the link lasts; nothing shared may keep them
        response.setHeader("Cache-Control", "private, max-age=3600");
        RangedDownloads.send(request, response, store, file.key(), file.size(), file.type(), file.name(), false);
    }
}
