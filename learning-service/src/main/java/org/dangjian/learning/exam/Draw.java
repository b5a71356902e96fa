package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rule of a drawn paper: so many questions of a tag and difficulty (either may be left open). */
@Schema(name = "ExamDraw", description = "抽题规则：按标签和难度抽取若干题（均可不限）。A draw rule: so many questions of a tag "
        + "and difficulty (either may be left open).")
public record Draw(
        @Schema(description = "标签，不填为不限。The tag; any when left out.", example = "党章") @Size(min = 1, max = 20) String tag,
        @Schema(description = "难度1至3，不填为不限。Difficulty 1 to 3; any when left out.") @Min(1) @Max(3) Integer difficulty,
        @Schema(description = "抽取题数。How many questions.", example = "10") @NotNull @Min(1) @Max(100) Integer count) {
}
