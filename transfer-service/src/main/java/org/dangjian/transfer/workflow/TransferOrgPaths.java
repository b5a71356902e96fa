package org.dangjian.transfer.workflow;

import org.dangjian.kit.orgs.OrgPathFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transfers and their steps carry organisation paths (scope, approvers' subtrees): when an organisation
 * moves, open and closed transfers follow, so both sides still find them.
 */
@Component
class TransferOrgPaths implements OrgPathFollower {
    private final JdbcClient jdbc;

    TransferOrgPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        jdbc.sql("UPDATE transfer SET from_org_path = CONCAT(?, SUBSTRING(from_org_path, ? + 1))"
                        + " WHERE from_org_path LIKE CONCAT(?, '%')")
                .params(newPrefix, oldPrefix.length(), oldPrefix).update();
        jdbc.sql("UPDATE transfer SET to_org_path = CONCAT(?, SUBSTRING(to_org_path, ? + 1))"
                        + " WHERE to_org_path LIKE CONCAT(?, '%')")
                .params(newPrefix, oldPrefix.length(), oldPrefix).update();
        jdbc.sql("UPDATE transfer_step SET org_path = CONCAT(?, SUBSTRING(org_path, ? + 1)) WHERE org_path LIKE CONCAT(?, '%')")
                .params(newPrefix, oldPrefix.length(), oldPrefix).update();
    }
}
