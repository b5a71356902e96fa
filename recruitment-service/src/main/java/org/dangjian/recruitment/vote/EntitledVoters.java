package org.dangjian.recruitment.vote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has a vote at a branch general meeting: the full members (正式党员) of the branch. Probationary members
 * have no vote (党章第七条), and members who left, are suspended or have not arrived are not on the branch's roll;
 * a mobile member keeps the vote in the home branch. The count is the roster's as it stands when the vote is
 * recorded (member-roster-kit keeps no history), not as it stood on the meeting's date.
 */
@Component
class EntitledVoters {
    private static final String FULL = "FULL";
    private final JdbcClient jdbc;

    EntitledVoters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int of(long branchId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_ref WHERE org_id = ? AND status = ?").params(branchId, FULL)
                .query(Integer.class).single();
    }
}
