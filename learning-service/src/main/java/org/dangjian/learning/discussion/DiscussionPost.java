package org.dangjian.learning.discussion;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A thread's opening post ({@code threadId} null, with a title) or a reply. The scope on {@code org_path} is the
 * author's branch: its administrators, and those above, moderate it.
 */
@Data
@TableName("discussion_post")
@OrgScoped
class DiscussionPost {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long courseId;
    private Long threadId;
    private String title;
    private String body;
    private Long authorMemberId;
    private String authorName;
    private Long orgId;
    private String orgPath;
    private String status;
    private Integer replyCount;
    private Integer reportCount;
    private Instant lastActivityAt;
    private Instant createdAt;
    private Long hiddenBy;
    private Instant hiddenAt;
    private String hiddenReason;

    boolean isThread() {
        return threadId == null;
    }
}
