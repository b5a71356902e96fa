package org.dangjian.org.venue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "活动阵地", description = "党组织的活动阵地（党员活动室等）及其照片。"
        + "An organisation's venues (Party activity rooms and the like) and their photos.")
@RestController
@RequestMapping("/api/orgs/{orgId}/venues")
public class VenueController {
    private final VenueService service;

    public VenueController(VenueService service) {
        this.service = service;
    }

    @Operation(operationId = "createVenue", summary = "新建活动阵地", description = """
            Adds a venue to the organisation. Administrators only (@Administrators), within their own \
            organisations (outside them: 404 ORG_NOT_FOUND). Announces org.venue.updated.""")
    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<VenueView> create(@PathVariable long orgId, @Valid @RequestBody VenueRequest request) {
        Venue v = service.create(orgId, request);
        return ResponseEntity.created(URI.create("/api/orgs/" + orgId + "/venues/" + v.getId()))
                .body(VenueView.of(v, List.of()));
    }

    @Operation(operationId = "listVenues", summary = "列出活动阵地", description = """
            The organisation's venues with their photos, oldest first. Any signed-in account, within its own \
            organisations.""")
    @GetMapping
    public List<VenueView> list(@PathVariable long orgId) {
        List<Venue> all = service.list(orgId);
        Map<Long, List<VenuePhoto>> photos = service.photosOf(all.stream().map(Venue::getId).toList());
        return all.stream().map(v -> VenueView.of(v, photos.getOrDefault(v.getId(), List.of()))).toList();
    }

    @Operation(operationId = "getVenue", summary = "查看活动阵地", description = """
            One venue with its photos. Any signed-in account, within its own organisations; a venue of another \
            organisation is 404 VENUE_NOT_FOUND.""")
    @GetMapping("/{venueId}")
    public VenueView get(@PathVariable long orgId, @PathVariable long venueId) {
        Venue v = service.get(orgId, venueId);
        return VenueView.of(v, service.photosOf(List.of(venueId)).getOrDefault(venueId, List.of()));
    }

    @Operation(operationId = "updateVenue", summary = "修改活动阵地", description = """
            Replaces the venue's details (PUT: every field as it should be; the photos stay). Administrators \
            only (@Administrators). Announces org.venue.updated.""")
    @ApiResponse(responseCode = "409", description = "活动阵地刚被他人修改，请刷新后重试。"
            + "Someone else changed the venue meanwhile, code VENUE_CHANGED_CONCURRENTLY")
    @Administrators
    @PutMapping("/{venueId}")
    @ResponseStatus(HttpStatus.OK)
    public VenueView update(@PathVariable long orgId, @PathVariable long venueId,
                            @Valid @RequestBody VenueRequest request) {
        Venue v = service.update(orgId, venueId, request);
        return VenueView.of(v, service.photosOf(List.of(venueId)).getOrDefault(venueId, List.of()));
    }

    @Operation(operationId = "deleteVenue", summary = "删除活动阵地", description = """
            Deletes the venue and its photos. Administrators only (@Administrators). Answers 204 with no body.""")
    @Administrators
    @DeleteMapping("/{venueId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public ResponseEntity<Void> delete(@PathVariable long orgId, @PathVariable long venueId) {
        service.delete(orgId, venueId);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "addVenuePhoto", summary = "上传活动阵地照片", description = """
            Adds a photo to the venue (multipart form field `file`): JPEG, PNG, WebP or GIF, recognised by \
            content, not by name. Administrators only (@Administrators). The answer's `url` serves the image.""")
    @ApiResponse(responseCode = "413", description = "图片过大。The image is larger than allowed, code UPLOAD_TOO_LARGE")
    @ApiResponse(responseCode = "415", description = "文件不是支持的图片（JPEG、PNG、WebP、GIF）。"
            + "The file is not a JPEG, PNG, WebP or GIF image, code UPLOAD_NOT_AN_IMAGE")
    @Administrators
    @PostMapping(path = "/{venueId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<VenueView.Photo> addPhoto(@PathVariable long orgId, @PathVariable long venueId,
                                                    @RequestParam("file") MultipartFile file) throws IOException {
        VenuePhoto p = service.addPhoto(orgId, venueId, file.getInputStream());
        String url = "/api/orgs/" + orgId + "/venues/" + venueId + "/photos/" + p.getId();
        return ResponseEntity.created(URI.create(url))
                .body(new VenueView.Photo(p.getId(), p.getContentType(), p.getSizeBytes(), url));
    }

    @Operation(operationId = "getVenuePhoto", summary = "查看活动阵地照片", description = """
            The photo's bytes with its own media type (not cached by shared caches). Any signed-in account, \
            within its own organisations; 404 PHOTO_NOT_FOUND for a photo of another venue.""")
    @ApiResponse(responseCode = "200", description = "图片。The image.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/{venueId}/photos/{photoId}")
    public ResponseEntity<byte[]> photo(@PathVariable long orgId, @PathVariable long venueId,
                                        @PathVariable long photoId) {
        VenueService.PhotoBytes photo = service.photo(orgId, venueId, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
