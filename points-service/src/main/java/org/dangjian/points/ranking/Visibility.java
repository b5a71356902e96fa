package org.dangjian.points.ranking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.points.PointsRankingVisibilityChanged;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one switch for rankings (DOMAIN.md, "fingertip formalism"): shown to nobody, administrators included,
 * unless an organisation turned them on. A setting covers the organisation's whole subtree unless an
 * organisation below sets its own: the nearest setting on the path wins, and none at all means off. So a
 * committee can turn rankings on for its towns and a branch can still keep its own off. Every change of an
 * organisation's own setting is announced, so that the other services that show rankings follow it.
 */
@Repository
class Visibility {
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final Clock clock;

    Visibility(JdbcClient jdbc, EventOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether an organisation's rankings are shown, and whose setting says so (null: nobody's, off). */
    record Setting(boolean shown, Long decidedBy) {
    }

    boolean shown(String orgPath) {
        return settingFor(orgPath).shown();
    }

    Setting settingFor(String orgPath) {
        List<Long> path = OrgRef.idsOnPath(orgPath);
        Map<Long, Boolean> set = new HashMap<>();
        jdbc.sql("SELECT org_id, shown FROM ranking_visibility WHERE org_id IN (:ids)").param("ids", path)
                .query(rs -> {
                    set.put(rs.getLong(1), rs.getBoolean(2));
                });
        for (int i = path.size() - 1; i >= 0; i--) {
            Boolean own = set.get(path.get(i));
            if (own != null) {
                return new Setting(own, path.get(i));
            }
        }
        return new Setting(false, null);
    }

    /** Sets the organisation's own switch; announced only when it changes what the organisation itself set. */
    @Transactional
    void set(OrgRef org, boolean shown, long by) {
        Boolean before = jdbc.sql("SELECT shown FROM ranking_visibility WHERE org_id = ? FOR UPDATE")
                .param(org.orgId()).query(Boolean.class).optional().orElse(null);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO ranking_visibility (org_id, shown, updated_by, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE shown = VALUES(shown),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .params(org.orgId(), shown, by, Timestamp.from(now)).update();
        if (before == null || before != shown) {
            outbox.add(new PointsRankingVisibilityChanged(org.orgId(), org.path(), shown, by, now));
        }
    }
}
