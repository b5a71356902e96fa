package org.dangjian.recruitment.change;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Change requests carry their case's path and their approver's: a moved organisation takes both along. A request
 * already waiting keeps its approver (the superior when it was asked), who still finds it through the new path.
 */
@Component
class ChangePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    ChangePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "step_change", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "step_change", "approver_org_path", oldPrefix, newPrefix);
    }
}
