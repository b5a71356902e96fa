package org.dangjian.points.activity;

import java.time.LocalDate;
import java.util.List;

/** An activity as lists show it, with its attendance counted; the detail adds who was there. */
public record ActivityView(long id, long orgId, ActivityType type, String typeLabel, LocalDate date, String place,
                           String topic, String minutes, int present, int absent, int excused,
                           List<AttendanceLine> attendance) {

    public record AttendanceLine(long memberId, String name, Presence presence, String reason) {
    }
}
