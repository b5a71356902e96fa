package org.dangjian.learning.media;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation moved in the tree: its lesson files (and its subtree's) follow, so they stay with their administrators. */
@Component
class MediaPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    MediaPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "media_file", "org_path", oldPrefix, newPrefix);
    }
}
