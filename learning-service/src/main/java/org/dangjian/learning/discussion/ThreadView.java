package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A thread with its visible replies, oldest first. */
@Schema(name = "DiscussionThread", description = "讨论帖及其回复。A thread and its replies, oldest first.")
public record ThreadView(
        @Schema(description = "主帖。The thread's opening post.") PostView thread,
        @Schema(description = "回复。The replies.") List<PostView> replies) {
}
