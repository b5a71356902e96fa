package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new thread on a course. */
@Schema(name = "DiscussionThreadRequest", description = "发起课程讨论。A new thread on a course.")
public record ThreadRequest(
        @Schema(description = "标题。Title.", example = "学习心得：如何把全会精神落到支部工作中") @NotBlank @Size(max = 100) String title,
        @Schema(description = "内容。What the member writes.") @NotBlank @Size(max = 2000) String body) {
}
