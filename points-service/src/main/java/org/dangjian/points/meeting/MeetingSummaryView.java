package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.dangjian.points.ledger.ActivityType;

/** A meeting in a list: the plan and where it stands, counted, without the attendees themselves. */
@Schema(name = "MeetingSummary", description = "会议列表中的一项：计划、状态与人数。A meeting in a list: the plan, its status and counts.")
public record MeetingSummaryView(long id, long orgId,
                                 @Schema(description = "召开会议的党支部。The branch holding it.") String orgName,
                                 ActivityType type,
                                 @Schema(description = "开始时间（本地时间）。When it starts (local time).") LocalDateTime startsAt,
                                 String place, String topic, MeetingStatus status,
                                 @Schema(description = "应到人数。Members asked to attend.") int invited,
                                 @Schema(description = "待审批的请假。Leave requests awaiting the branch's decision.") int leavePending,
                                 @Schema(description = "已签到人数。Members checked in.") int checkedIn,
                                 @Schema(description = "完成后的组织生活记录。The activity it completed as.") Long activityId) {
}
