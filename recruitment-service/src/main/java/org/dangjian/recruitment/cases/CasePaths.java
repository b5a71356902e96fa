package org.dangjian.recruitment.cases;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases and their steps carry their branch's path: a moved organisation takes them along, whatever the scope. */
@Component
class CasePaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    CasePaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "recruitment_case", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "case_step", "org_path", oldPrefix, newPrefix);
    }
}
