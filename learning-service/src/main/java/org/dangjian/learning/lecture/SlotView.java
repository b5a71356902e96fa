package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A lecture slot with its places, and the caller's own organisation's booking of it if any. */
@Schema(name = "LectureSlot", description = "专家讲座场次，含已预约数与本组织的预约。A lecture slot: its places taken and the "
        + "caller's organisation's booking, if any.")
public record SlotView(
        @Schema(description = "场次编号。The slot's id.") long id,
        @Schema(description = "专家编号。The expert.") long expertId,
        @Schema(description = "专家姓名。The expert's name.") String expertName,
        @Schema(description = "专家职务职称。The expert's title.") String expertTitle,
        @Schema(description = "提供讲座的组织编号。The offering organisation.") long orgId,
        @Schema(description = "提供讲座的组织名称。Its name.") String orgName,
        @Schema(description = "讲座主题。Topic.") String topic,
        @Schema(description = "地点。Place.") String place,
        @Schema(description = "开始时间。Starts at (local time).") LocalDateTime startsAt,
        @Schema(description = "结束时间。Ends at.") LocalDateTime endsAt,
        @Schema(description = "可取消预约的截止时间。Until when a booking may be cancelled.") LocalDateTime cancelUntil,
        @Schema(description = "可预约的组织数。Places.") int capacity,
        @Schema(description = "已预约的组织数。Places taken.") int booked,
        @Schema(description = "状态。Status.") SlotStatus status,
        @Schema(description = "调用者所在组织对本场次的有效预约编号，没有则为空。The caller's own organisation's live booking "
                + "of this slot, if any.") Long ourBookingId,
        @Schema(description = "是否面向调用者所在组织（可为本组织预约）。Offered to the caller's own organisation: it may book "
                + "it.") boolean bookable,
        @Schema(description = "是否由调用者所辖组织提供（可查看预约情况、取消讲座）。Offered by the caller's subtree: the caller "
                + "sees its bookings and may call it off.") boolean manageable) {
}
