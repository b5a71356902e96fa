package org.dangjian.recruitment.retention;

import java.util.List;
import org.dangjian.contracts.Anonymised;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.kit.roster.RosterFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A former member past their retention period (member-service's {@code member.anonymised}, through the roster): the
 * development record of a member this service admitted loses the person as a refused applicant's does (the case was
 * the application of the same person), and the steps that named them as introducer or training contact keep the
 * step but not the name.
 */
@Component
class FormerMemberRecords implements RosterFollower {
    private final CaseAnonymisation cases;
    private final JdbcClient jdbc;

    FormerMemberRecords(CaseAnonymisation cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    public void anonymised(MemberAnonymised event) {
        jdbc.sql("UPDATE step_person SET name = ? WHERE member_id = ?").params(Anonymised.NAME, event.memberId())
                .update();
        if (event.applicantId() != null) {
            cases.anonymise(List.of(event.applicantId()), () -> { });
        }
    }
}
