package org.dangjian.learning.discussion;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators moderating what the members of their subtree post: the reported posts first (most reported on
 * top), hiding a post with a reason (members no longer see it; a hidden thread takes its replies with it), and
 * showing it again, or keeping a reported post, which clears its reports from the queue.
 */
@Service
public class Moderation {
    private static final int SHOWN = 100;

    private final DiscussionPostMapper posts;
    private final JdbcClient jdbc;
    private final PostViews views;
    private final Clock clock;

    Moderation(DiscussionPostMapper posts, JdbcClient jdbc, PostViews views, Clock clock) {
        this.posts = posts;
        this.jdbc = jdbc;
        this.views = views;
        this.clock = clock;
    }

    List<PostView> queue(ModerationQueue which) {
        LambdaQueryWrapper<DiscussionPost> query = new LambdaQueryWrapper<>();
        switch (which) {
            case REPORTED -> query.eq(DiscussionPost::getStatus, PostStatus.VISIBLE.name())
                    .gt(DiscussionPost::getReportCount, 0).orderByDesc(DiscussionPost::getReportCount);
            case HIDDEN -> query.eq(DiscussionPost::getStatus, PostStatus.HIDDEN.name());
            case ALL -> {
                // every post, newest first
            }
        }
        return views.forModerators(posts.selectList(query.orderByDesc(DiscussionPost::getId).last("LIMIT " + SHOWN)));
    }

    /** Hides a post of the caller's subtree from members; hiding a hidden post changes nothing. */
    @Transactional
    PostView hide(long id, String reason, CurrentUser by) {
        DiscussionPost post = scoped(id);
        int hidden = jdbc.sql("UPDATE discussion_post SET status = 'HIDDEN', hidden_by = ?, hidden_at = ?, hidden_reason = ?"
                + " WHERE id = ? AND status = 'VISIBLE'").params(by.accountId(), clock.instant(), reason.strip(), id).update();
        if (hidden == 1 && !post.isThread()) {
            jdbc.sql("UPDATE discussion_post SET reply_count = reply_count - 1 WHERE id = ?").param(post.getThreadId()).update();
        }
        return view(id);
    }

    /** Shows a hidden post again, or keeps a reported one: either way its reports leave the queue. */
    @Transactional
    PostView restore(long id) {
        DiscussionPost post = scoped(id);
        int shown = jdbc.sql("UPDATE discussion_post SET status = 'VISIBLE', hidden_by = NULL, hidden_at = NULL,"
                + " hidden_reason = NULL WHERE id = ? AND status = 'HIDDEN'").param(id).update();
        if (shown == 1 && !post.isThread()) {
            jdbc.sql("UPDATE discussion_post SET reply_count = reply_count + 1 WHERE id = ?").param(post.getThreadId()).update();
        }
        jdbc.sql("UPDATE discussion_post SET report_count = 0 WHERE id = ?").param(id).update();
        return view(id);
    }

    private DiscussionPost scoped(long id) {
        DiscussionPost post = posts.selectById(id);
        if (post == null) {
            throw ApiException.notFound(Discussions.POST_NOT_FOUND);
        }
        return post;
    }

    private PostView view(long id) {
        return views.forModerators(List.of(views.row(id))).get(0);
    }
}
