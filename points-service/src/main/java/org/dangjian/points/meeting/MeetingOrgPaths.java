package org.dangjian.points.meeting;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation path stored on each row scopes it: a moved organisation takes its rows along (same transaction as
 * the directory's move), so the new superiors' administrators see them and the old ones' no longer do.
 */
@Component
class MeetingOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    MeetingOrgPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "meeting", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "meeting_attendee", "org_path", oldPrefix, newPrefix);
    }
}
