package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a post is reported, or hidden. */
@Schema(name = "DiscussionReasonRequest", description = "举报或屏蔽的理由。Why a post is reported or hidden.")
public record ReasonRequest(
        @Schema(description = "理由。The reason.", example = "与课程无关的广告") @NotBlank @Size(max = 200) String reason) {
}
