package org.dangjian.cadre.record;

import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.RosterFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member cadre's record is kept under the member's organisation: when the member moves (a transfer), the record
 * moves with them to the administrators of the new organisation, with the training recorded. Posts held stay where they are until ended.
 */
@Component
class CadreMembers implements RosterFollower {
    private final JdbcClient jdbc;

    CadreMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void relocated(MemberRef before, MemberRef after) {
        jdbc.sql("UPDATE cadre SET org_id = ?, org_path = ? WHERE member_id = ?")
                .params(after.orgId(), after.orgPath(), after.memberId()).update();
        jdbc.sql("UPDATE training SET org_id = ?, org_path = ? WHERE cadre_id = (SELECT id FROM cadre WHERE member_id = ?)")
                .params(after.orgId(), after.orgPath(), after.memberId()).update();
    }
}
