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
                          @Schema(description = "地点：活动阵地的名称和地址，或在别处召开时填写的地点。Where, as the notice says it: "
                                  + "the venue's name and address, or the place given when held elsewhere.") String place,
                          @Schema(description = "召开会议的活动阵地；在别处召开时为空。The venue it is held at; null when held elsewhere.")
                          Venue venue,
                          String topic, MeetingStatus status,
                          @Schema(description = "完成后的组织生活记录（照片上传到该记录）。The activity it completed as; photos go there.")
                          Long activityId,
                          List<Attendee> attendees) {

    @Schema(name = "MeetingVenue", description = "会议所在的活动阵地。The venue a meeting is held at.")
    public record Venue(long id, @Schema(description = "阵地所属组织。Whose venue it is.") long orgId, String name,
                        String address,
                        @Schema(description = "阵地已撤销（不再用于新的会议）。Removed since (takes no new meetings).") boolean removed) {
    }

    @Schema(name = "MeetingAttendee", description = "应到党员及其请假、签到。An attendee with their leave and check-in.")
    public record Attendee(long memberId, String name, LeaveStatus leaveStatus, String leaveReason,
                           @Schema(description = "支部不批准请假的理由。The branch's reason, when it refused the leave.")
                           String leaveDecisionReason, Instant checkedInAt, CheckInHow checkedInHow) {
    }
}
