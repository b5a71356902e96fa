package org.dangjian.learning.course;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation moved in the tree: its courses (and its subtree's) follow, so their audience moves with it. */
@Component
class CoursePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    CoursePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "course", "org_path", oldPrefix, newPrefix);
    }
}
