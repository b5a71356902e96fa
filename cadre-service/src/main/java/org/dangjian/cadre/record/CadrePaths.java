package org.dangjian.cadre.record;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation moved in the tree: the cadres, posts, reserves and training of its subtree follow it. */
@Component
class CadrePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    CadrePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        for (String table : new String[] {"cadre", "appointment", "reserve", "training"}) {
            SubtreePaths.move(jdbc, table, "org_path", oldPrefix, newPrefix);
        }
    }
}
