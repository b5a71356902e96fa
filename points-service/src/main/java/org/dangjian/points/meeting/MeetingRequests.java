package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small bodies of the meeting routes. */
final class MeetingRequests {
    private MeetingRequests() {
    }

    @Schema(name = "MeetingLeaveRequest", description = "党员请假。A member asks for leave.")
    public record Leave(@Schema(description = "请假原因。Why.", example = "在外地出差") @NotBlank @Size(max = 200) String reason) {
    }

    @Schema(name = "MeetingLeaveDecision", description = "支部审批请假；不批准须说明理由，党员会收到审批结果。"
            + "The branch's decision on a leave; a refusal gives its reason. The member is told.")
    public record LeaveDecision(@Schema(description = "是否批准。Approved or not.") @NotNull Boolean approved,
                                @Schema(description = "理由，不批准时必填。Why; required when refused.", example = "本次会议为换届选举，请安排好工作准时参加")
                                @Size(max = 200) String reason) {
        public LeaveDecision {
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    @Schema(name = "MeetingCheckIn", description = "扫码签到。A member's check-in with the code of the meeting's QR code.")
    public record CheckIn(@Schema(description = "二维码中的签到码。The code from the QR code.") @NotBlank @Size(max = 200) String code) {
    }

    @Schema(name = "MeetingCompletion", description = "会议记录，完成会议。The minutes that complete the meeting.")
    public record Complete(@Schema(description = "会议记录。The minutes.", example = "支部书记传达会议精神，党员交流发言。")
                           @NotBlank @Size(max = 20_000) String minutes) {
    }
}
