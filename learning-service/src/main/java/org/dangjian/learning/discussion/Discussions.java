package org.dangjian.learning.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.course.CourseReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members discussing a course they may study: threads and replies, each checked against the sensitive words
 * before it is kept, and reports of posts that break the rules for their branch's administrators to look at. A
 * course's discussion is shared by everyone the course is published to; of an author, only their name and branch
 * are shown.
 */
@Service
public class Discussions {
    static final String MEMBERS_ONLY = "LEARNING_MEMBERS_ONLY";
    static final String COURSE_NOT_FOUND = "LEARNING_COURSE_NOT_FOUND";
    static final String POST_NOT_FOUND = "LEARNING_POST_NOT_FOUND";
    private static final int THREADS_SHOWN = 50;
    private static final int REPLIES_SHOWN = 500;

    private final JdbcClient jdbc;
    private final DiscussionPostMapper posts;
    private final CourseReader courses;
    private final MemberRoster roster;
    private final SensitiveWords words;
    private final PostViews views;
    private final Clock clock;

    Discussions(JdbcClient jdbc, DiscussionPostMapper posts, CourseReader courses, MemberRoster roster,
                SensitiveWords words, PostViews views, Clock clock) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.courses = courses;
        this.roster = roster;
        this.words = words;
        this.views = views;
        this.clock = clock;
    }

    /** The course's visible threads, latest activity first. */
    List<PostView> threads(long courseId, CurrentUser by) {
        member(by);
        studiable(courseId, by);
        return views.forMembers(jdbc.sql("SELECT " + PostViews.COLUMNS + " FROM discussion_post WHERE course_id = ?"
                        + " AND thread_id IS NULL AND status = 'VISIBLE' ORDER BY last_activity_at DESC, id DESC LIMIT "
                        + THREADS_SHOWN).param(courseId).query(PostViews.ROW).list());
    }

    @Transactional
    PostView open(long courseId, ThreadRequest request, CurrentUser by) {
        member(by);
        studiable(courseId, by);
        words.check("title", request.title());
        words.check("body", request.body());
        DiscussionPost post = post(courseId, null, request.body(), by);
        post.setTitle(request.title().strip());
        posts.insert(post);
        return views.forMembers(List.of(post)).get(0);
    }

    /** A visible thread of a course the member may study, with its visible replies, oldest first. */
    ThreadView thread(long threadId, CurrentUser by) {
        member(by);
        DiscussionPost thread = visibleThread(threadId, by);
        List<DiscussionPost> replies = jdbc.sql("SELECT " + PostViews.COLUMNS + " FROM discussion_post WHERE thread_id = ?"
                + " AND status = 'VISIBLE' ORDER BY id LIMIT " + REPLIES_SHOWN).param(threadId).query(PostViews.ROW).list();
        return new ThreadView(views.forMembers(List.of(thread)).get(0), views.forMembers(replies));
    }

    @Transactional
    PostView reply(long threadId, ReplyRequest request, CurrentUser by) {
        member(by);
        DiscussionPost thread = visibleThread(threadId, by);
        words.check("body", request.body());
        DiscussionPost reply = post(thread.getCourseId(), threadId, request.body(), by);
        posts.insert(reply);
        jdbc.sql("UPDATE discussion_post SET reply_count = reply_count + 1, last_activity_at = ? WHERE id = ?")
                .params(reply.getCreatedAt(), threadId).update();
        return views.forMembers(List.of(reply)).get(0);
    }

    /** Reports a visible post to its author's branch administrators; a member's second report of it changes nothing. */
    @Transactional
    void report(long postId, ReasonRequest request, CurrentUser by) {
        long member = member(by);
        DiscussionPost post = row(postId);
        if (post == null || !PostStatus.VISIBLE.name().equals(post.getStatus())) {
            throw ApiException.notFound(POST_NOT_FOUND);
        }
        visibleThread(post.isThread() ? post.getId() : post.getThreadId(), by);
        int added = jdbc.sql("INSERT IGNORE INTO discussion_report (post_id, reporter_member_id, reason, created_at)"
                + " VALUES (?, ?, ?, ?)").params(postId, member, request.reason().strip(), clock.instant()).update();
        if (added == 1) {
            jdbc.sql("UPDATE discussion_post SET report_count = report_count + 1 WHERE id = ?").param(postId).update();
        }
    }

    private DiscussionPost visibleThread(long threadId, CurrentUser by) {
        DiscussionPost thread = row(threadId);
        if (thread == null || !thread.isThread() || !PostStatus.VISIBLE.name().equals(thread.getStatus())
                || courses.visibleTo(learnerPath(by), member(by), thread.getCourseId()).isEmpty()) {
            throw ApiException.notFound(POST_NOT_FOUND);
        }
        return thread;
    }

    private DiscussionPost row(long id) {
        return views.row(id);
    }

    private void studiable(long courseId, CurrentUser by) {
        if (courses.visibleTo(learnerPath(by), member(by), courseId).isEmpty()) {
            throw ApiException.notFound(COURSE_NOT_FOUND);
        }
    }

    /** The member's branch as the roster knows it (it follows transfers), else as their token says. */
    private String learnerPath(CurrentUser by) {
        return roster.find(by.memberId()).map(MemberRef::orgPath).orElse(by.orgPath());
    }

    /** A new post by the member, filed under their branch (the roster's, else the token's). */
    private DiscussionPost post(long courseId, Long threadId, String body, CurrentUser by) {
        MemberRef author = roster.find(by.memberId()).orElse(null);
        Instant now = clock.instant();
        DiscussionPost post = new DiscussionPost();
        post.setCourseId(courseId);
        post.setThreadId(threadId);
        post.setBody(body.strip());
        post.setAuthorMemberId(by.memberId());
        post.setAuthorName(author != null ? author.name() : by.username());
        post.setOrgId(author != null ? author.orgId() : by.orgId());
        post.setOrgPath(author != null ? author.orgPath() : by.orgPath());
        post.setStatus(PostStatus.VISIBLE.name());
        post.setReplyCount(0);
        post.setReportCount(0);
        post.setLastActivityAt(now);
        post.setCreatedAt(now);
        return post;
    }

    private static long member(CurrentUser by) {
        if (by.memberId() == null) {
            throw ApiException.forbidden(MEMBERS_ONLY);
        }
        return by.memberId();
    }
}
