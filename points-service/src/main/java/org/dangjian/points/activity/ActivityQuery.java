package org.dangjian.points.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.ledger.ActivityType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Activities of a subtree by date, and one activity with its attendance. The kit's scope ({@link ScopedSql})
 * limits every read to the caller's subtree; an activity outside it is not found.
 */
@Service
class ActivityQuery {
    static final String NOT_FOUND = "POINTS_ACTIVITY_NOT_FOUND";
    /** Lists leave the minutes out (%s is NULL); one activity's detail reads them (a.minutes). */
    private static final String SELECT = "SELECT a.id, a.org_id, a.type, a.held_on, a.place, a.topic, %s,"
            + " (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.presence = 'PRESENT'),"
            + " (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.presence = 'ABSENT'),"
            + " (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.presence = 'EXCUSED')"
            + " FROM activity a";
    private static final RowMapper<ActivityView> VIEW = (rs, i) -> {
        ActivityType type = ActivityType.valueOf(rs.getString(3));
        return new ActivityView(rs.getLong(1), rs.getLong(2), type, type.label(), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), null,
                null);
    };

    private final JdbcClient jdbc;
    private final ActivityMapper activities;
    private final OrgDirectory orgs;

    ActivityQuery(JdbcClient jdbc, ActivityMapper activities, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.orgs = orgs;
    }

    /** 404 unless the activity exists within the caller's scope. */
    void requireInScope(long id) {
        if (activities.selectById(id) == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
    }

    /** {@code orgId} narrows the list to an organisation's subtree, which must be in the caller's (404 if not). */
    PageResult<ActivityView> list(Long orgId, ActivityType type, LocalDate from, LocalDate to, PageQuery page,
                                  CurrentUser caller) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (orgId != null) {
            where.append(" AND ").append(SubtreePaths.under("a.org_path", "path"));
            p.put("path", orgs.findInScope(orgId, caller).path());
        }
        if (type != null) {
            where.append(" AND a.type = :type");
            p.put("type", type.name());
        }
        if (from != null) {
            where.append(" AND a.held_on >= :from");
            p.put("from", from);
        }
        if (to != null) {
            where.append(" AND a.held_on <= :to");
            p.put("to", to);
        }
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*) FROM activity a" + where)).params(p)
                .query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<ActivityView> items = jdbc.sql(ScopedSql.of(SELECT.formatted("NULL") + where
                        + " ORDER BY a.held_on DESC, a.id DESC LIMIT :limit OFFSET :offset"))
                .params(p).query(VIEW).list();
        return PageResult.of(items, total, page);
    }

    ActivityView one(long id) {
        ActivityView view = jdbc.sql(ScopedSql.of(SELECT.formatted("a.minutes") + " WHERE a.id = :id"))
                .param("id", id).query(VIEW).optional()
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        // the attendance of an activity in scope; a member who has since moved away is still listed by name
        List<ActivityView.AttendanceLine> lines = jdbc.sql("SELECT t.member_id, m.name, t.presence, t.reason, t.guest"
                        + " FROM attendance t LEFT JOIN member_ref m ON m.member_id = t.member_id"
                        + " WHERE t.activity_id = :id ORDER BY t.presence, m.name")
                .param("id", id).query((rs, i) -> new ActivityView.AttendanceLine(rs.getLong(1), rs.getString(2),
                        Presence.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5))).list();
        return new ActivityView(view.id(), view.orgId(), view.type(), view.typeLabel(), view.date(), view.place(),
                view.topic(), view.minutes(), view.present(), view.absent(), view.excused(), lines, null);
    }
}
