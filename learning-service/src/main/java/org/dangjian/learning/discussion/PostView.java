package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A thread's opening post or a reply, with its author's name and branch and nothing else of them. The moderation
 * fields are filled for administrators only.
 */
@Schema(name = "DiscussionPost", description = "讨论帖或回复，只显示作者姓名和所在支部。A thread or a reply; of its author, "
        + "only the name and branch.")
public record PostView(
        @Schema(description = "编号。The post's id.") long id,
        @Schema(description = "课程编号。The course.") long courseId,
        @Schema(description = "课程名称（仅管理端）。The course's title (administrators).") String courseTitle,
        @Schema(description = "所属讨论帖编号，主帖为空。The thread a reply belongs to; empty for a thread.") Long threadId,
        @Schema(description = "标题（主帖）。The thread's title.") String title,
        @Schema(description = "内容。The text.") String body,
        @Schema(description = "作者姓名。The author's name.") String authorName,
        @Schema(description = "作者所在支部。The author's branch.") String authorOrgName,
        @Schema(description = "回复数（主帖）。Visible replies (a thread).") int replyCount,
        @Schema(description = "发布时间。Posted at.") Instant createdAt,
        @Schema(description = "状态（仅管理端）。Status (administrators).") PostStatus status,
        @Schema(description = "被举报次数（仅管理端）。Times reported (administrators).") Integer reportCount,
        @Schema(description = "举报理由（仅管理端，最近5条）。The latest reasons given (administrators).") List<String> reportReasons,
        @Schema(description = "屏蔽理由（仅管理端）。Why it was hidden (administrators).") String hiddenReason) {
}
