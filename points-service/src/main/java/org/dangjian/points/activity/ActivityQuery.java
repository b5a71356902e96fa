package org.dangjian.points.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Activities of a subtree by date, and one activity with its attendance, always within the caller's scope. */
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

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgDirectory orgs;

    ActivityQuery(NamedParameterJdbcTemplate jdbc, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    PageResult<ActivityView> list(Long orgId, ActivityType type, LocalDate from, LocalDate to, PageQuery page,
                                  CurrentUser caller) {
        Map<String, Object> p = new HashMap<>();
        p.put("path", orgs.subtreePath(orgId, caller) + "%");
        StringBuilder where = new StringBuilder(" WHERE a.org_path LIKE :path");
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
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM activity a" + where, p, Long.class);
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<ActivityView> items = jdbc.query(SELECT.formatted("NULL") + where + " ORDER BY a.held_on DESC, a.id DESC"
                + " LIMIT :limit OFFSET :offset", p, VIEW);
        return PageResult.of(items, total == null ? 0 : total, page);
    }

    ActivityView one(long id, CurrentUser caller) {
        String scope = orgs.subtreePath(null, caller);
        List<ActivityView> found = jdbc.query(SELECT.formatted("a.minutes") + " WHERE a.id = :id AND a.org_path LIKE :path",
                Map.of("id", id, "path", scope + "%"), VIEW);
        if (found.isEmpty()) {
            throw ApiException.notFound(NOT_FOUND);
        }
        ActivityView view = found.get(0);
        List<ActivityView.AttendanceLine> lines = jdbc.query("SELECT t.member_id, m.name, t.presence, t.reason"
                        + " FROM attendance t LEFT JOIN member_ref m ON m.member_id = t.member_id"
                        + " WHERE t.activity_id = :id ORDER BY t.presence, m.name",
                Map.of("id", id), (rs, i) -> new ActivityView.AttendanceLine(rs.getLong(1), rs.getString(2),
                        Presence.valueOf(rs.getString(3)), rs.getString(4)));
        return new ActivityView(view.id(), view.orgId(), view.type(), view.typeLabel(), view.date(), view.place(),
                view.topic(), view.minutes(), view.present(), view.absent(), view.excused(), lines, null);
    }
}
