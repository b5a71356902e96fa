package org.dangjian.learning.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Posts as members and administrators read them: branch names, and for administrators the course and the reports. */
@Component
class PostViews {
    static final String COLUMNS = "id, course_id, thread_id, title, body, author_member_id, author_name, org_id, org_path,"
            + " status, reply_count, report_count, last_activity_at, created_at, hidden_reason";
    /** A post read with plain SQL (members' reads are not an administrator's scope). */
    static final RowMapper<DiscussionPost> ROW = (rs, n) -> {
        DiscussionPost p = new DiscussionPost();
        p.setId(rs.getLong("id"));
        p.setCourseId(rs.getLong("course_id"));
        p.setThreadId((Long) rs.getObject("thread_id", Long.class));
        p.setTitle(rs.getString("title"));
        p.setBody(rs.getString("body"));
        p.setAuthorMemberId(rs.getLong("author_member_id"));
        p.setAuthorName(rs.getString("author_name"));
        p.setOrgId(rs.getLong("org_id"));
        p.setOrgPath(rs.getString("org_path"));
        p.setStatus(rs.getString("status"));
        p.setReplyCount(rs.getInt("reply_count"));
        p.setReportCount(rs.getInt("report_count"));
        p.setLastActivityAt(rs.getTimestamp("last_activity_at").toInstant());
        p.setCreatedAt(rs.getTimestamp("created_at").toInstant());
        p.setHiddenReason(rs.getString("hidden_reason"));
        return p;
    };
    private static final int REASONS_SHOWN = 5;

    private final JdbcClient jdbc;
    private final OrgDirectory orgs;

    PostViews(JdbcClient jdbc, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    /** A post as it stands now, read with plain SQL (not the mapper, whose session may hold what it read before). */
    DiscussionPost row(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM discussion_post WHERE id = ?").param(id).query(ROW).optional()
                .orElse(null);
    }

    /** As members see them: text, author's name and branch. */
    List<PostView> forMembers(List<DiscussionPost> posts) {
        Map<Long, OrgRef> branches = branches(posts);
        return posts.stream().map(p -> new PostView(p.getId(), p.getCourseId(), null, p.getThreadId(), p.getTitle(),
                p.getBody(), p.getAuthorName(), name(branches, p.getOrgId()), p.getReplyCount(), p.getCreatedAt(), null,
                null, null, null)).toList();
    }

    /** As administrators see them: with the course, the status, the reports and their latest reasons. */
    List<PostView> forModerators(List<DiscussionPost> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgRef> branches = branches(posts);
        Map<Long, String> titles = new HashMap<>();
        jdbc.sql("SELECT id, title FROM course WHERE id IN (:ids)")
                .param("ids", posts.stream().map(DiscussionPost::getCourseId).distinct().toList())
                .query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, List<String>> reasons = new HashMap<>();
        jdbc.sql("SELECT post_id, reason FROM discussion_report WHERE post_id IN (:ids) ORDER BY created_at DESC")
                .param("ids", posts.stream().map(DiscussionPost::getId).toList())
                .query((rs, n) -> reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return posts.stream().map(p -> new PostView(p.getId(), p.getCourseId(), titles.get(p.getCourseId()),
                p.getThreadId(), p.getTitle(), p.getBody(), p.getAuthorName(), name(branches, p.getOrgId()),
                p.getReplyCount(), p.getCreatedAt(), PostStatus.valueOf(p.getStatus()), p.getReportCount(),
                reasons.getOrDefault(p.getId(), List.of()).stream().limit(REASONS_SHOWN).toList(), p.getHiddenReason()))
                .toList();
    }

    private Map<Long, OrgRef> branches(Collection<DiscussionPost> posts) {
        return orgs.findAll(posts.stream().map(DiscussionPost::getOrgId).collect(Collectors.toSet()));
    }

    private static String name(Map<Long, OrgRef> orgs, Long orgId) {
        OrgRef org = orgs.get(orgId);
        return org == null ? "" : org.name();
    }
}
