package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation books a lecture slot. */
@Schema(name = "LectureBookingRequest", description = "预约专家讲座。An organisation books a lecture slot.")
public record BookingRequest(
        @Schema(description = "预约的组织，默认为调用者所在组织，须在所辖范围内。The booking organisation, the caller's by "
                + "default; in the caller's subtree.") Long orgId,
        @Schema(description = "预计参加人数。How many will attend.", example = "30") @NotNull @Min(1) @Max(2000)
        Integer attendees,
        @Schema(description = "备注。A note for the organiser.", example = "希望结合社区治理实例") @Size(max = 200) String note) {
}
