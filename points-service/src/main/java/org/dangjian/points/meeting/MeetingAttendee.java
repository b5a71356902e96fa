package org.dangjian.points.meeting;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * One member asked to attend a meeting, with their leave and check-in. Carries the branch's path so that
 * administrators read their subtree's rows and a member only their own.
 */
@Data
@TableName("meeting_attendee")
@OrgScoped(memberColumn = "member_id")
class MeetingAttendee {
    private Long meetingId;
    private Long memberId;
    private String orgPath;
    private String leaveReason;
    private String leaveStatus;
    private String leaveDecisionReason;
    private Instant checkedInAt;
    private String checkedInHow;
}
