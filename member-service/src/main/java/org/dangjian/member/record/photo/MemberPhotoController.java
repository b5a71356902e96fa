package org.dangjian.member.record.photo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "党员", description = "党员档案的登记、查看、修改、状态变更、照片与变更记录。Registering, reading and keeping members' records: profile, standing, photo and history.")
public class MemberPhotoController {
    private final MemberPhotos photos;

    public MemberPhotoController(MemberPhotos photos) {
        this.photos = photos;
    }

    @Schema(description = "已保存的照片。The photo as stored.")
    public record PhotoView(
            @Schema(description = "检测到的图片类型。The image type detected from the bytes.", example = "image/jpeg") String contentType,
            @Schema(description = "字节数。Its size in bytes.", example = "204800") long size) {
    }

    /** Multipart field {@code file}: JPEG, PNG, WebP or GIF; replaces the photo there was. Administrators keep records. */
    @PostMapping(path = "/api/members/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
    @Operation(operationId = "uploadMemberPhoto", summary = "上传党员照片",
            description = "Uploads a member's photo as the multipart field `file` (JPEG, PNG, WebP or GIF, told by its bytes, "
                    + "not its name), replacing the one there was; kept in history. For administrators (@Administrators) "
                    + "within their subtree. A missing file is a 400 on `file` (MEMBER_PHOTO_MISSING).")
    @ApiResponse(responseCode = "200", description = "已保存的照片。The photo as stored.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "413", description = "文件过大。The image is larger than the photo limit (code UPLOAD_TOO_LARGE) or the request than the body limit (code PAYLOAD_TOO_LARGE)")
    @ApiResponse(responseCode = "415", description = "只接受 JPEG、PNG、WebP 或 GIF 图片。The file is not a JPEG, PNG, WebP or GIF image, code UPLOAD_NOT_AN_IMAGE")
    public PhotoView upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidField("file", "MEMBER_PHOTO_MISSING");
        }
        try (InputStream in = file.getInputStream()) {
            StoredUpload stored = photos.replace(id, in);
            return new PhotoView(stored.contentType(), stored.size());
        }
    }

    @GetMapping("/api/members/{id}/photo")
    @Operation(operationId = "getMemberPhoto", summary = "查看党员照片",
            description = "The member's photo, in the image type it was stored as; private caches may keep it five minutes. "
                    + "Any signed-in caller who may read the member (data scope). 404 MEMBER_PHOTO_NOT_FOUND when the member "
                    + "has no photo, MEMBER_NOT_FOUND when the member is not found or outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "照片。The photo.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<byte[]> photo(@PathVariable long id) {
        MemberPhotos.Photo photo = photos.get(id);
        // A person's face: private caches only, and not for long.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(photo.bytes());
    }
}
