package org.dangjian.learning.lecture;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation moved in the tree: its experts, slots and bookings (and its subtree's) follow it. */
@Component
class LecturePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    LecturePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "lecture_expert", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "lecture_slot", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "lecture_booking", "org_path", oldPrefix, newPrefix);
    }
}
