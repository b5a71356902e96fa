package org.dangjian.points.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Organisational life: a branch records an activity with its attendance (send an {@code Idempotency-Key}:
 * a retried request then records it once) and its photos, and administrators read what their subtree
 * recorded.
 */
@RestController
@RequestMapping("/api/points/activities")
@Tag(name = "组织生活", description = "组织生活（三会一课、主题党日等）的登记、签到、照片与查询。"
        + "Recording organisational life (meetings, Party lectures, theme days) with attendance and photos, and reading it.")
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
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordActivity", summary = "登记组织生活",
            description = "Records one activity of a Party branch (党支部 or 联合党支部) in the caller's subtree with its attendance, "
                    + "and books each attendee's points in the same transaction; answers the activity (without photos yet) "
                    + "and its address in Location. For administrators (@Administrators). The date may not be after today; "
                    + "every bad attendance line is reported at once by its index (a member listed twice, not on the branch's "
                    + "roll, or excused without a reason; a guest that is not a mobile member of another branch of the "
                    + "city); an organisation that is not an active branch is a 400 on orgId. "
                    + "Send an Idempotency-Key: a retried request then records the activity once.")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        long id = recording.record(request, caller);
        return ResponseEntity.created(URI.create("/api/points/activities/" + id))
                .body(query.one(id).withPhotos(List.of()));
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listActivities", summary = "查询组织生活",
            description = "Lists the activities recorded in the caller's subtree, or in the subtree of `orgId`, optionally of one "
                    + "type and between two dates (inclusive), with their attendance counted; paged. For administrators and "
                    + "auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页组织生活记录。A page of activities.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public PageResult<ActivityView> list(@Parameter(description = "只看该组织及其下级。Only this organisation's subtree.")
                                         @RequestParam(required = false) Long orgId,
                                         @RequestParam(required = false) ActivityType type,
                                         @Parameter(description = "开始日期（含）。From this date, inclusive.", example = "2026-01-01")
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                         @Parameter(description = "结束日期（含）。Up to this date, inclusive.", example = "2026-06-30")
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return query.list(orgId, type, from, to, PageQuery.of(page, size), CurrentUsers.get());
    }

    /** The activity with its attendance and photos. */
    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getActivity", summary = "查看组织生活",
            description = "One activity with who attended (present, absent, excused with the reason) and its photos. For "
                    + "administrators and auditors (@AdministratorsOrAuditors) whose subtree holds it.")
    @ApiResponse(responseCode = "200", description = "组织生活记录。The activity.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织生活记录不存在或不在所辖范围内。The activity is not found or outside the caller's subtree, code POINTS_ACTIVITY_NOT_FOUND")
    public ActivityView one(@PathVariable long id) {
        return query.one(id).withPhotos(photos.of(id));
    }

    @Administrators
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addActivityPhoto", summary = "上传组织生活照片",
            description = "Adds a photo to an activity as evidence it took place, sent as the multipart field `file` (JPEG, PNG, "
                    + "WebP or GIF, told by its bytes, not its name); answers the stored photo with the `url` to read it "
                    + "from, also in Location. For administrators (@Administrators) whose subtree holds the activity.")
    @ApiResponse(responseCode = "404", description = "组织生活记录不存在或不在所辖范围内。The activity is not found or outside the caller's subtree, code POINTS_ACTIVITY_NOT_FOUND")
    @ApiResponse(responseCode = "413", description = "文件过大。The image is larger than the upload limit (code UPLOAD_TOO_LARGE) or the request than the body limit (code PAYLOAD_TOO_LARGE)")
    @ApiResponse(responseCode = "415", description = "只接受 JPEG、PNG、WebP 或 GIF 图片。The file is not a JPEG, PNG, WebP or GIF image (code UPLOAD_NOT_AN_IMAGE), or the request is not multipart (code UNSUPPORTED_MEDIA_TYPE)")
    public ResponseEntity<ActivityPhotos.Photo> addPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        ActivityPhotos.Photo photo = photos.add(id, file.getInputStream(), CurrentUsers.get());
        return ResponseEntity.created(URI.create(photo.url())).body(photo);
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}/photos/{photoId}")
    @Operation(operationId = "getActivityPhoto", summary = "查看组织生活照片",
            description = "One photo of an activity, in the image type it was stored as (private caches must revalidate). For "
                    + "administrators and auditors (@AdministratorsOrAuditors) whose subtree holds the activity.")
    @ApiResponse(responseCode = "200", description = "照片。The photo.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "组织生活记录或照片不存在。The activity is not found or outside the caller's subtree (code POINTS_ACTIVITY_NOT_FOUND), or it has no such photo (code POINTS_PHOTO_NOT_FOUND)")
    public ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        ActivityPhotos.PhotoBytes photo = photos.read(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
