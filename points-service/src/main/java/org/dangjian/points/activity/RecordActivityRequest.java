package org.dangjian.points.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.points.ledger.ActivityType;

/** A branch's record of one activity: what, when, where, about what, and who was there. */
public record RecordActivityRequest(
        @Schema(description = "开展活动的党支部。The branch that held it.", example = "1893456789012345678")
        @NotNull Long orgId,
        @Schema(example = "PARTY_LECTURE") @NotNull ActivityType type,
        @Schema(description = "活动日期，不晚于今天。The day it was held, not after today.", example = "2026-03-26")
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "地点。Where.", example = "昆山市玉山镇党群服务中心三楼会议室") @Size(max = 100) String place,
        @Schema(description = "主题。What it was about.", example = "学习贯彻党的二十届四中全会精神专题党课")
        @NotBlank @Size(max = 200) String topic,
        @Schema(description = "会议记录。The minutes.", example = "支部书记张伟讲授专题党课，与会党员交流学习体会。")
        @Size(max = 20_000) String minutes,
        @Schema(description = "签到表：本支部在册党员各一行；在本地参加组织生活的外支部流动党员标为 guest。"
                + "The attendance: one line per member on the branch's roll, and a mobile member of another branch of the"
                + " city who lives here marked as a guest.")
        @NotEmpty @Size(max = 2_000) List<@Valid @NotNull Attendance> attendance) {

    public RecordActivityRequest {
        place = place == null || place.isBlank() ? null : place.strip();
        topic = topic == null ? null : topic.strip();
    }

    /**
     * One member's presence; an excused absence names its reason. A guest is an active mobile member (流动党员) of
     * another branch of the city, living where this branch is: it counts as their own organisational life.
     */
    @Schema(name = "AttendanceEntry", description = "一名党员的出席情况；请假须写明原因。One member's presence; an excused absence names its reason.")
    public record Attendance(@Schema(example = "1893456789012345680") @NotNull Long memberId,
                             @Schema(example = "EXCUSED") @NotNull Presence presence,
                             @Schema(description = "请假或缺席原因。Why absent (required when excused).", example = "外出务工")
                             @Size(max = 200) String reason,
                             @Schema(description = "外支部党员（流动党员在居住地参加组织生活）：须是本市其他支部的流动党员。"
                                     + "A member of another branch of the city taking part here, as a mobile member does"
                                     + " where they live; must be a mobile member.", example = "false")
                             Boolean guest) {
        public Attendance(Long memberId, Presence presence, String reason) {
            this(memberId, presence, reason, false);
        }

        public boolean isGuest() {
            return Boolean.TRUE.equals(guest);
        }
    }
}
