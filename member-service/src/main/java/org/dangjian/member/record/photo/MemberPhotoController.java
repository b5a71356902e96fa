package org.dangjian.member.record.photo;

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
public class MemberPhotoController {
    private final MemberPhotos photos;

    public MemberPhotoController(MemberPhotos photos) {
        this.photos = photos;
    }

    public record PhotoView(String contentType, long size) {
    }

    /** Multipart field {@code file}: JPEG, PNG, WebP or GIF; replaces the photo there was. Administrators keep records. */
    @PostMapping(path = "/api/members/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Administrators
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
    public ResponseEntity<byte[]> photo(@PathVariable long id) {
        MemberPhotos.Photo photo = photos.get(id);
        // A person's face: private caches only, and not for long.
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(photo.bytes());
    }
}
