package org.dangjian.transfer.workflow;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transfers and their steps carry organisation paths (scope, approvers' subtrees): when an organisation
 * moves, open and closed transfers follow, so both sides still find them. The rewrite runs inside the
 * {@code org.moved} consumer's transaction with plain SQL, which the data scope does not touch.
 */
@Component
class TransferOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    TransferOrgPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "transfer", "from_org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "transfer", "to_org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "transfer_step", "org_path", oldPrefix, newPrefix);
    }
}
