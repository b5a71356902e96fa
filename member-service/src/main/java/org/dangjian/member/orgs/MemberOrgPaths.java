package org.dangjian.member.orgs;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members carry their organisation's path: a moved organisation takes its members' paths along, in one
 * statement whatever the scope (the move is the tree's, not a caller's). It runs while the org event is applied,
 * so figures-cache-kit retires the cached statistics (their breakdowns follow the paths) when that commits.
 */
@Component
class MemberOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    MemberOrgPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "member", "org_path", oldPrefix, newPrefix);
    }
}
