package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import org.dangjian.points.ledger.ActivityType;

/** A meeting a member is asked to attend, as the mini-program lists it, with the member's own leave and check-in. */
@Schema(name = "MyMeeting", description = "本人应参加的会议。A meeting the member is asked to attend.")
public record MyMeetingView(long id, ActivityType type,
                            @Schema(description = "开始时间（本地时间）。When it starts (local time).") LocalDateTime startsAt,
                            String place,
                            @Schema(description = "召开会议的活动阵地；在别处召开时为空。The venue; null when held elsewhere.")
                            MeetingView.Venue venue,
                            String topic, MeetingStatus status, LeaveStatus leaveStatus, String leaveReason,
                            @Schema(description = "支部不批准请假的理由。The branch's reason, when it refused the leave.")
                            String leaveDecisionReason, Instant checkedInAt) {
}
