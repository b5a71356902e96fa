package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.points.ledger.ActivityType;

/** A meeting as its branch sees it: the plan, where it stands, and each attendee's leave and check-in. */
@Schema(name = "Meeting", description = "计划召开的会议。A planned meeting.")
public record MeetingView(long id, long orgId, ActivityType type,
                          @Schema(description = "开始时间（本地时间）。When it starts (local time).") LocalDateTime startsAt,
                          String place, String topic, MeetingStatus status,
                          @Schema(description = "完成后的组织生活记录（照片上传到该记录）。The activity it completed as; photos go there.")
                          Long activityId,
                          List<Attendee> attendees) {

    @Schema(name = "MeetingAttendee", description = "应到党员及其请假、签到。An attendee with their leave and check-in.")
    public record Attendee(long memberId, String name, LeaveStatus leaveStatus, String leaveReason, Instant checkedInAt,
                           CheckInHow checkedInHow) {
    }
}
