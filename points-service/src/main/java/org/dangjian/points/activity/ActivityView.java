package org.dangjian.points.activity;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.points.ledger.ActivityType;

/** An activity as lists show it, with its attendance counted; the detail adds who was there and its photos. */
public record ActivityView(long id, long orgId, ActivityType type, String typeLabel, LocalDate date, String place,
                           String topic, String minutes, int present, int absent, int excused,
                           List<AttendanceLine> attendance, List<ActivityPhotos.Photo> photos) {

    ActivityView withPhotos(List<ActivityPhotos.Photo> list) {
        return new ActivityView(id, orgId, type, typeLabel, date, place, topic, minutes, present, absent, excused,
                attendance, list);
    }

    /** {@code guest}: a member of another branch (a mobile member living here) who took part with this branch. */
    public record AttendanceLine(long memberId, String name, Presence presence, String reason, boolean guest) {
    }
}
