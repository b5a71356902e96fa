package org.dangjian.points.activity;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.points.ledger.ActivityType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Organisational life: a branch records an activity with its attendance (send an {@code Idempotency-Key}:
 * a retried request then records it once) and its photos, and administrators read what their subtree
 * recorded.
 */
@RestController
@RequestMapping("/api/points/activities")
public class ActivityController {
    private final ActivityRecording recording;
    private final ActivityQuery query;
    private final ActivityPhotos photos;

    ActivityController(ActivityRecording recording, ActivityQuery query, ActivityPhotos photos) {
        this.recording = recording;
        this.query = query;
        this.photos = photos;
    }

    @Administrators
    @PostMapping
    public ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        long id = recording.record(request, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(query.one(id).withPhotos(List.of()));
    }

    @AdministratorsOrAuditors
    @GetMapping
    public PageResult<ActivityView> list(@RequestParam(required = false) Long orgId,
                                         @RequestParam(required = false) ActivityType type,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return query.list(orgId, type, from, to, PageQuery.of(page, size), CurrentUsers.get());
    }

    /** The activity with its attendance and photos. */
    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    public ActivityView one(@PathVariable long id) {
        return query.one(id).withPhotos(photos.of(id));
    }

    @Administrators
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ActivityPhotos.Photo> addPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        ActivityPhotos.Photo photo = photos.add(id, file.getInputStream(), CurrentUsers.get());
        return ResponseEntity.created(URI.create(photo.url())).body(photo);
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}/photos/{photoId}")
    public ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        ActivityPhotos.PhotoBytes photo = photos.read(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
