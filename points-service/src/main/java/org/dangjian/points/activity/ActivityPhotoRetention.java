package org.dangjian.points.activity;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.dangjian.kit.storage.ObjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos of organisational life, once the period after the activity's date is past: 5 years unless
 * {@code dj.retention.periods.ACTIVITY_PHOTO} says otherwise. Five years because the branches' annual evaluation and
 * the five-year inspection cycle (巡察) look back at the evidence of organisational life; after that the record of the
 * activity is enough. The activity stays (date, type, topic, place, minutes, attendance and the points it booked); the
 * photos, pictures of people, go, files and rows. The activity's detail lists its photos from the rows, so it then
 * shows none; nothing else counts them.
 *
 * <p>Meetings keep no uploads of their own: a completed meeting's photos are added to the activity it completed as,
 * so this rule covers them too.
 *
 * <p>A batch at a time, set-based: the batch's files go first, then its rows in one statement; a run cut off between
 * the two finds the photos again, and deleting a file that is gone is harmless. A job without a caller: it reads every
 * organisation's photos through {@link JdbcClient}, not the scoped mappers.
 */
@Component
class ActivityPhotoRetention implements RetentionRule {
    static final String KIND = "ACTIVITY_PHOTO";
    private static final String DUE = " FROM activity_photo p JOIN activity a ON a.id = p.activity_id"
            + " WHERE a.held_on < :cutoff";

    private final JdbcClient jdbc;
    private final ObjectStore store;

    ActivityPhotoRetention(JdbcClient jdbc, ObjectStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "组织生活活动照片";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ERASE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(5);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*)" + DUE).param("cutoff", cutoff.toLocalDate()).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        List<Due> due = jdbc.sql("SELECT p.id, p.object_key" + DUE + " ORDER BY p.id LIMIT " + limit)
                .param("cutoff", cutoff.toLocalDate())
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2))).list();
        if (due.isEmpty()) {
            return 0;
        }
        store.deleteAll(due.stream().map(Due::objectKey).toList());
        jdbc.sql("DELETE FROM activity_photo WHERE id IN (:ids)")
                .param("ids", due.stream().map(Due::id).toList()).update();
        return due.size();
    }

    private record Due(long id, String objectKey) {
    }
}
