package org.dangjian.transfer.members;

import java.util.Optional;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.orgs.OrgPathFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The members of the city as member-service announces them ({@code member_ref}), so that registering a
 * transfer checks who belongs where without calling back.
 */
@Service
public class MemberRoster implements OrgPathFollower {
    private final JdbcClient jdbc;

    MemberRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MemberRef> find(long memberId) {
        return jdbc.sql("SELECT member_id, org_id, org_path, name, gender, birth_date, join_date, status"
                + " FROM member_ref WHERE member_id = ?").param(memberId).query(MemberRef.class).optional();
    }

    void registered(MemberRegistered e) {
        jdbc.sql("INSERT INTO member_ref (member_id, org_id, org_path, name, gender, birth_date, join_date, status,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(6))"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), gender = VALUES(gender),"
                        + " birth_date = VALUES(birth_date), join_date = VALUES(join_date), updated_at = NOW(6)")
                .params(e.memberId(), e.orgId(), e.orgPath(), e.name(), e.gender(), e.birthDate(), e.joinDate(),
                        e.status())
                .update();
    }

    void updated(MemberUpdated e) {
        jdbc.sql("UPDATE member_ref SET name = COALESCE(?, name), updated_at = NOW(6) WHERE member_id = ?")
                .params(e.name(), e.memberId()).update();
    }

    void relocated(MemberRelocated e) {
        jdbc.sql("UPDATE member_ref SET org_id = ?, org_path = ?, updated_at = NOW(6) WHERE member_id = ?")
                .params(e.toOrgId(), e.toOrgPath(), e.memberId()).update();
    }

    void statusChanged(MemberStatusChanged e) {
        jdbc.sql("UPDATE member_ref SET status = ?, updated_at = NOW(6) WHERE member_id = ?")
                .params(e.newStatus(), e.memberId()).update();
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        jdbc.sql("UPDATE member_ref SET org_path = CONCAT(?, SUBSTRING(org_path, ? + 1)) WHERE org_path LIKE CONCAT(?, '%')")
                .params(newPrefix, oldPrefix.length(), oldPrefix).update();
    }
}
