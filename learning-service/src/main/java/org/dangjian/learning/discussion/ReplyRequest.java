package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply in a thread. */
@Schema(name = "DiscussionReplyRequest", description = "回复讨论。A reply in a thread.")
public record ReplyRequest(
        @Schema(description = "内容。What the member writes.") @NotBlank @Size(max = 2000) String body) {
}
