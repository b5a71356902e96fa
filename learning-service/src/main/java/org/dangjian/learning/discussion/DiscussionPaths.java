package org.dangjian.learning.discussion;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation moved in the tree: the posts its members wrote (and its subtree's) follow it, so they stay with
 * the administrators who moderate them. A member who moves later leaves their posts with the branch they wrote in.
 */
@Component
class DiscussionPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    DiscussionPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "discussion_post", "org_path", oldPrefix, newPrefix);
    }
}
