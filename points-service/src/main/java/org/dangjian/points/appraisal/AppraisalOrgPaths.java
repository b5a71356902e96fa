package org.dangjian.points.appraisal;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation path stored on each row scopes it: a moved organisation takes its rows along (same transaction as
 * the directory's move), so the new superiors' administrators see them and the old ones' no longer do.
 */
@Component
class AppraisalOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    AppraisalOrgPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "appraisal", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "appraisal_grade", "org_path", oldPrefix, newPrefix);
    }
}
