package org.dangjian.org.venue;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.storage.ImageUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Venues of an organisation. The organisation is looked up through the scoped tree first, so a venue
 * of an organisation outside the caller's subtree is not found, like the organisation itself.
 */
@Service
public class VenueService {
    public static final String VENUE_NOT_FOUND = "VENUE_NOT_FOUND";
    private static final String PHOTO_FOLDER = "venue-photos";

    private final VenueMapper venues;
    private final VenuePhotoMapper photos;
    private final OrgService orgs;
    private final ImageUploads uploads;
    private final ObjectStore store;
    private final EventOutbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    public VenueService(VenueMapper venues, VenuePhotoMapper photos, OrgService orgs, ImageUploads uploads,
                        ObjectStore store, EventOutbox outbox, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.venues = venues;
        this.photos = photos;
        this.orgs = orgs;
        this.uploads = uploads;
        this.store = store;
        this.outbox = outbox;
    }

    @Transactional
    public Venue create(long orgId, VenueRequest req) {
        Org org = orgs.get(orgId);
        Venue v = new Venue();
        v.setOrgId(org.getId());
        v.setOrgPath(org.getPath());
        apply(v, req);
        v.setCreatedAt(v.getUpdatedAt());
        venues.insert(v);
        announce(v, false);
        return v;
    }

    @Transactional
    public Venue update(long orgId, long venueId, VenueRequest req) {
        Venue v = get(orgId, venueId);
        apply(v, req);
        if (venues.updateById(v) == 0) {
            throw ApiException.conflict("VENUE_CHANGED_CONCURRENTLY");
        }
        announce(v, false);
        return v;
    }

    @Transactional
    public void delete(long orgId, long venueId) {
        Venue v = get(orgId, venueId);
        List<VenuePhoto> its = photosOf(List.of(v.getId())).getOrDefault(v.getId(), List.of());
        photos.delete(new LambdaQueryWrapper<VenuePhoto>().eq(VenuePhoto::getVenueId, v.getId()));
        venues.deleteById(v.getId());
        announce(v, true);
        // Files go only once the rows are gone for good; a rolled-back delete keeps its photos.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                its.forEach(p -> store.delete(p.getObjectKey()));
            }
        });
    }

    public Venue get(long orgId, long venueId) {
        orgs.get(orgId);
        Venue v = venues.selectById(venueId);
        if (v == null || v.getOrgId() != orgId) {
            throw ApiException.notFound(VENUE_NOT_FOUND);
        }
        return v;
    }

    public List<Venue> list(long orgId) {
        orgs.get(orgId);
        return venues.selectList(new LambdaQueryWrapper<Venue>().eq(Venue::getOrgId, orgId).orderByAsc(Venue::getId));
    }

    /** Photos of many venues in one query. */
    public Map<Long, List<VenuePhoto>> photosOf(List<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        return photos.selectList(new LambdaQueryWrapper<VenuePhoto>().in(VenuePhoto::getVenueId, venueIds)
                        .orderByAsc(VenuePhoto::getId))
                .stream().collect(Collectors.groupingBy(VenuePhoto::getVenueId));
    }

    @Transactional
    public VenuePhoto addPhoto(long orgId, long venueId, InputStream image) {
        Venue v = get(orgId, venueId);
        StoredUpload stored = uploads.store(PHOTO_FOLDER, image);
        VenuePhoto p = new VenuePhoto();
        p.setVenueId(v.getId());
        p.setOrgPath(v.getOrgPath());
        p.setObjectKey(stored.key());
        p.setContentType(stored.contentType());
        p.setSizeBytes(stored.size());
        p.setCreatedAt(StoredTime.now(clock));
        photos.insert(p);
        return p;
    }

    public record PhotoBytes(String contentType, byte[] bytes) {
    }

    public PhotoBytes photo(long orgId, long venueId, long photoId) {
        Venue v = get(orgId, venueId);
        VenuePhoto p = photos.selectById(photoId);
        if (p == null || !p.getVenueId().equals(v.getId())) {
            throw ApiException.notFound("PHOTO_NOT_FOUND");
        }
        byte[] bytes = store.get(p.getObjectKey()).orElseThrow(() -> ApiException.notFound("PHOTO_NOT_FOUND"));
        return new PhotoBytes(p.getContentType(), bytes);
    }

    /** Keeps venue and photo paths in step with the tree; called by the org.moved consumer. */
    @Transactional
    public void subtreeMoved(String oldPath, String newPath) {
        SubtreePaths.move(jdbc, "venue", "org_path", oldPath, newPath);
        SubtreePaths.move(jdbc, "venue_photo", "org_path", oldPath, newPath);
    }

    private void announce(Venue v, boolean removed) {
        outbox.add(new OrgVenueUpdated(v.getOrgId(), v.getOrgPath(), v.getId(), v.getName(), v.getAddress(),
                v.getLatitude(), v.getLongitude(), removed));
    }

    private void apply(Venue v, VenueRequest req) {
        v.setName(req.name().trim());
        v.setAddress(req.address().trim());
        v.setLatitude(req.latitude());
        v.setLongitude(req.longitude());
        v.setAreaSqm(req.areaSqm());
        v.setFacilities(req.facilities());
        v.setUpdatedAt(StoredTime.now(clock));
    }
}
