package org.dangjian.points.ranking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether members see their own score and rank. Off unless an organisation turns it on; a setting
 * applies to the organisation's whole subtree unless an organisation below sets its own (the nearest
 * wins). Administrators always see the rankings of their subtree. Nothing ever blocks anyone for a rank.
 */
@Repository
class Visibility {
    private final JdbcClient jdbc;
    private final Clock clock;

    Visibility(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean membersSeeOwn(String orgPath) {
        List<Long> path = OrgRef.idsOnPath(orgPath);
        Map<Long, Boolean> set = new HashMap<>();
        jdbc.sql("SELECT org_id, members_see_own FROM ranking_visibility WHERE org_id IN (:ids)").param("ids", path)
                .query(rs -> {
                    set.put(rs.getLong(1), rs.getBoolean(2));
                });
        for (int i = path.size() - 1; i >= 0; i--) {
            Boolean own = set.get(path.get(i));
            if (own != null) {
                return own;
            }
        }
        return false;
    }

    void set(long orgId, boolean membersSeeOwn, long by) {
        jdbc.sql("INSERT INTO ranking_visibility (org_id, members_see_own, updated_by, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE members_see_own = VALUES(members_see_own),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .params(orgId, membersSeeOwn, by, Timestamp.from(clock.instant())).update();
    }
}
