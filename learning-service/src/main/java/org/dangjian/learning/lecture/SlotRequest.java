package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A lecture an expert will give, offered for booking. */
@Schema(name = "LectureSlotRequest", description = "发布专家讲座场次。A lecture an expert gives, offered to the "
        + "organisations below the expert's for booking.")
public record SlotRequest(
        @Schema(description = "专家编号。The expert.") @NotNull Long expertId,
        @Schema(description = "讲座主题。The lecture's topic.", example = "学习贯彻党的二十大精神") @NotBlank @Size(max = 100)
        String topic,
        @Schema(description = "地点。Where.", example = "市委党校报告厅") @NotBlank @Size(max = 200) String place,
        @Schema(description = "开始时间（本地时间），须在将来。When it starts, local time, in the future.",
                example = "2026-12-18T14:30:00") @NotNull LocalDateTime startsAt,
        @Schema(description = "结束时间，须晚于开始。When it ends, after it starts.", example = "2026-12-18T16:30:00")
        @NotNull LocalDateTime endsAt,
        @Schema(description = "可预约的组织数。How many organisations may book it.", example = "3") @NotNull @Min(1) @Max(100)
        Integer capacity,
        @Schema(description = "可取消预约的截止时间，不晚于开始时间；默认开始前48小时（已过则为现在）。Until when a booking "
                + "may be cancelled, not after the start; by default 48 hours before it (or now, if that has passed).")
        LocalDateTime cancelUntil) {
}
