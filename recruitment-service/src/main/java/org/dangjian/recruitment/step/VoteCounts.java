package org.dangjian.recruitment.step;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The counts of a branch general meeting's vote on one person, as the meeting took them. */
@Schema(name = "RecruitmentVoteCounts", description = "支部大会表决：到会有表决权的正式党员人数及赞成、反对、弃权票数。A branch "
        + "general meeting's vote: full members with a vote present, and the yes, no and abstaining votes.")
public record VoteCounts(
        @Schema(description = "到会有表决权的正式党员人数。Full members with a vote present.", example = "15") @NotNull @PositiveOrZero Integer present,
        @Schema(description = "赞成票。Yes.", example = "14") @NotNull @PositiveOrZero Integer yes,
        @Schema(description = "反对票。No.", example = "0") @NotNull @PositiveOrZero Integer no,
        @Schema(description = "弃权票。Abstaining.", example = "1") @NotNull @PositiveOrZero Integer abstain) {
}
