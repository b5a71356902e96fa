package org.dangjian.member.orgs;

import org.dangjian.kit.figures.FiguresGeneration;
import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members carry their organisation's path: a moved organisation takes its members' paths along, in one
 * statement whatever the scope (the move is the tree's, not a caller's). Plain JDBC passes by the MyBatis
 * hook that retires cached statistics, whose breakdowns by child organisation follow the paths.
 */
@Component
class MemberOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;
    private final FiguresGeneration statistics;

    MemberOrgPaths(JdbcClient jdbc, FiguresGeneration statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "member", "org_path", oldPrefix, newPrefix);
        statistics.changed();
    }
}
