package org.dangjian.cadre.record;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation moved in the tree: the cadres, posts, reserves, training and quarterly tasks of its subtree follow it (a past quarter's snapshot keeps the tree as it was). */
@Component
class CadrePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    CadrePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        for (String table : new String[] {"cadre", "appointment", "reserve", "training", "quarter_task"}) {
            SubtreePaths.move(jdbc, table, "org_path", oldPrefix, newPrefix);
        }
    }
}
