package org.dangjian.points.activity;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.ImageUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityPhotos(ActivityQuery activities, ImageUploads uploads, ObjectStore store, JdbcClient jdbc, Clock clock) {
        this.activities = activities;
        this.uploads = uploads;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A photo as the activity lists it, with the address to fetch it from. */
    public record Photo(long id, String contentType, long size, String url) {
    }

    record PhotoBytes(String contentType, byte[] bytes) {
    }

    Photo add(long activityId, InputStream image, CurrentUser caller) {
        ActivityRecording.requireAdministrator(caller);
        activities.one(activityId, caller);
        StoredUpload stored = uploads.store(FOLDER, image);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO activity_photo (activity_id, object_key, content_type, size_bytes, uploaded_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(activityId, stored.key(), stored.contentType(), stored.size(), caller.accountId(),
                        Timestamp.from(clock.instant()))
                .update(key);
        long id = key.getKey().longValue();
        return new Photo(id, stored.contentType(), stored.size(), url(activityId, id));
    }

    List<Photo> of(long activityId) {
        return jdbc.sql("SELECT id, content_type, size_bytes FROM activity_photo WHERE activity_id = ? ORDER BY id")
                .param(activityId)
                .query((rs, i) -> new Photo(rs.getLong(1), rs.getString(2), rs.getLong(3), url(activityId, rs.getLong(1))))
                .list();
    }

    PhotoBytes read(long activityId, long photoId, CurrentUser caller) {
        activities.one(activityId, caller);
        record Stored(String key, String contentType) {
        }
        Stored found = jdbc.sql("SELECT object_key, content_type FROM activity_photo WHERE id = ? AND activity_id = ?")
                .params(photoId, activityId).query((rs, i) -> new Stored(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> ApiException.notFound(PHOTO_NOT_FOUND));
        byte[] bytes = store.get(found.key()).orElseThrow(() -> ApiException.notFound(PHOTO_NOT_FOUND));
        return new PhotoBytes(found.contentType(), bytes);
    }

    private static String url(long activityId, long photoId) {
        return "/api/points/activities/" + activityId + "/photos/" + photoId;
    }
}
