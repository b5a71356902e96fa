package org.dangjian.recruitment.outcome;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approval outcomes carry their case's branch path: a moved organisation takes them along, whatever the scope. */
@Component
class OutcomePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    OutcomePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "case_outcome", "org_path", oldPrefix, newPrefix);
    }
}
