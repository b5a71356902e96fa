package org.dangjian.transfer.workflow;

import org.dangjian.contracts.Anonymised;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.kit.roster.RosterFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A former member past their retention period (member-service's {@code member.anonymised}): the transfers they made
 * stay, with their organisations, dates and outcome, for the counts, but no longer name them. Plain SQL in the
 * roster's consumer transaction, which the data scope does not touch.
 */
@Component
class AnonymisedTransferees implements RosterFollower {
    private final JdbcClient jdbc;

    AnonymisedTransferees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymised(MemberAnonymised event) {
        jdbc.sql("UPDATE transfer SET member_name = ? WHERE member_id = ?")
                .params(Anonymised.NAME, event.memberId()).update();
    }
}
