package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;

/** A booking with the lecture it is for. */
@Schema(name = "LectureBooking", description = "专家讲座预约及其讲座。A booking and the lecture it is for.")
public record BookingView(
        @Schema(description = "预约编号。The booking's id.") long id,
        @Schema(description = "场次编号。The slot.") long slotId,
        @Schema(description = "预约的组织编号。The booking organisation.") long orgId,
        @Schema(description = "预约的组织名称。Its name.") String orgName,
        @Schema(description = "状态。Status.") BookingStatus status,
        @Schema(description = "预计参加人数。Expected attendance.") int attendees,
        @Schema(description = "备注。Note.") String note,
        @Schema(description = "预约时间。When it was booked.") Instant bookedAt,
        @Schema(description = "专家姓名。The expert.") String expertName,
        @Schema(description = "讲座主题。Topic.") String topic,
        @Schema(description = "地点。Place.") String place,
        @Schema(description = "开始时间。Starts at (local time).") LocalDateTime startsAt,
        @Schema(description = "可取消预约的截止时间。Until when it may be cancelled.") LocalDateTime cancelUntil,
        @Schema(description = "现在能否取消。Whether it can be cancelled now.") boolean cancellable) {
}
