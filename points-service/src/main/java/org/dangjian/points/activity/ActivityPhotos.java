package org.dangjian.points.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.ImageUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * Photos of an activity as evidence that it took place: added by an administrator who may see the
 * activity, checked by storage-kit (an image, not too large), read by whoever may see the activity.
 */
@Service
class ActivityPhotos {
    static final String PHOTO_NOT_FOUND = "POINTS_PHOTO_NOT_FOUND";
    private static final String FOLDER = "activity-photos";
    private final ActivityQuery activities;
    private final ImageUploads uploads;
    private final ObjectStore store;
    private final ActivityPhotoMapper photos;
    private final Clock clock;

    ActivityPhotos(ActivityQuery activities, ImageUploads uploads, ObjectStore store, ActivityPhotoMapper photos,
                   Clock clock) {
        this.activities = activities;
        this.uploads = uploads;
        this.store = store;
        this.photos = photos;
        this.clock = clock;
    }

    /** A photo as the activity lists it, with the address to fetch it from. */
    @Schema(name = "ActivityPhoto", description = "组织生活的一张照片。A photo of an activity.")
    public record Photo(long id,
                        @Schema(description = "图片类型。The image type.", example = "image/jpeg") String contentType,
                        @Schema(description = "字节数。Its size in bytes.", example = "204800") long size,
                        @Schema(description = "读取照片的地址。Where to read the photo.",
                                example = "/api/points/activities/1893456789012345678/photos/1893456789012345999") String url) {
    }

    record PhotoBytes(String contentType, byte[] bytes) {
    }

    /** Administrators only (the controller says so); the activity must be in the caller's scope. */
    Photo add(long activityId, InputStream image, CurrentUser caller) {
        activities.requireInScope(activityId);
        StoredUpload stored = uploads.store(FOLDER, image);
        ActivityPhoto photo = new ActivityPhoto();
        photo.setActivityId(activityId);
        photo.setObjectKey(stored.key());
        photo.setContentType(stored.contentType());
        photo.setSizeBytes(stored.size());
        photo.setUploadedBy(caller.accountId());
        photo.setCreatedAt(clock.instant());
        photos.insert(photo);
        return view(photo);
    }

    List<Photo> of(long activityId) {
        return photos.ofActivity(activityId).stream().map(ActivityPhotos::view).toList();
    }

    /** A photo of an activity outside the caller's scope is not found, like one that does not exist. */
    PhotoBytes read(long activityId, long photoId) {
        activities.requireInScope(activityId);
        ActivityPhoto found = photos.findOfActivity(activityId, photoId);
        if (found == null) {
            throw ApiException.notFound(PHOTO_NOT_FOUND);
        }
        byte[] bytes = store.get(found.getObjectKey()).orElseThrow(() -> ApiException.notFound(PHOTO_NOT_FOUND));
        return new PhotoBytes(found.getContentType(), bytes);
    }

    private static Photo view(ActivityPhoto p) {
        return new Photo(p.getId(), p.getContentType(), p.getSizeBytes(), url(p.getActivityId(), p.getId()));
    }

    private static String url(long activityId, long photoId) {
        return "/api/points/activities/" + activityId + "/photos/" + photoId;
    }
}
