package org.dangjian.org.venue;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/orgs/{orgId}/venues")
public class VenueController {
    private final VenueService service;

    public VenueController(VenueService service) {
        this.service = service;
    }

    @Administrators
    @PostMapping
    public ResponseEntity<VenueView> create(@PathVariable long orgId, @Valid @RequestBody VenueRequest request) {
        Venue v = service.create(orgId, request);
        return ResponseEntity.created(URI.create("/api/orgs/" + orgId + "/venues/" + v.getId()))
                .body(VenueView.of(v, List.of()));
    }

    @GetMapping
    public List<VenueView> list(@PathVariable long orgId) {
        List<Venue> all = service.list(orgId);
        Map<Long, List<VenuePhoto>> photos = service.photosOf(all.stream().map(Venue::getId).toList());
        return all.stream().map(v -> VenueView.of(v, photos.getOrDefault(v.getId(), List.of()))).toList();
    }

    @GetMapping("/{venueId}")
    public VenueView get(@PathVariable long orgId, @PathVariable long venueId) {
        Venue v = service.get(orgId, venueId);
        return VenueView.of(v, service.photosOf(List.of(venueId)).getOrDefault(venueId, List.of()));
    }

    @Administrators
    @PutMapping("/{venueId}")
    public VenueView update(@PathVariable long orgId, @PathVariable long venueId,
                            @Valid @RequestBody VenueRequest request) {
        Venue v = service.update(orgId, venueId, request);
        return VenueView.of(v, service.photosOf(List.of(venueId)).getOrDefault(venueId, List.of()));
    }

    @Administrators
    @DeleteMapping("/{venueId}")
    public ResponseEntity<Void> delete(@PathVariable long orgId, @PathVariable long venueId) {
        service.delete(orgId, venueId);
        return ResponseEntity.noContent().build();
    }

    @Administrators
    @PostMapping(path = "/{venueId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<VenueView.Photo> addPhoto(@PathVariable long orgId, @PathVariable long venueId,
                                                    @RequestParam("file") MultipartFile file) throws IOException {
        VenuePhoto p = service.addPhoto(orgId, venueId, file.getInputStream());
        String url = "/api/orgs/" + orgId + "/venues/" + venueId + "/photos/" + p.getId();
        return ResponseEntity.created(URI.create(url))
                .body(new VenueView.Photo(p.getId(), p.getContentType(), p.getSizeBytes(), url));
    }

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
