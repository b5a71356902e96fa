package org.dangjian.recruitment.retention;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.dangjian.contracts.recruitment.RecruitmentApplicantAnonymised;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applicants whose admission was refused, once the period after the refusal is past (3 years unless
 * {@code dj.retention.periods.REFUSED_APPLICANT} says otherwise): the case stays, with its dates, stage, steps and
 * outcome, so the branch's counts and history hold, but the person goes: name, ID and phone numbers, work unit, the
 * day of birth (the year stays, for age statistics), the values recorded on steps and change requests, the reasons
 * written about them, and the uploaded evidence and exam sheets, files and all. org-service takes the name and
 * phone off the applicant's account ({@code recruitment.applicant-anonymised}).
 *
 * <p>A batch at a time, set-based: the batch's files go first, then its rows in one transaction with its events; a
 * run cut off between the two finds the cases again, and deleting a file that is gone is harmless.
 */
@Component
class RefusedApplicants implements RetentionRule {
    static final String KIND = "REFUSED_APPLICANT";
    private static final String DUE = " FROM recruitment_case WHERE status = 'REFUSED' AND anonymised_at IS NULL"
            + " AND closed_on < :cutoff";

    private final JdbcClient jdbc;
    private final CaseAnonymisation cases;
    private final EventOutbox outbox;

    RefusedApplicants(JdbcClient jdbc, CaseAnonymisation cases, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.outbox = outbox;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "未被批准接收的入党申请人";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ANONYMISE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(3);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*)" + DUE).param("cutoff", cutoff.toLocalDate()).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        List<Long> due = jdbc.sql("SELECT id" + DUE + " ORDER BY id LIMIT " + limit)
                .param("cutoff", cutoff.toLocalDate()).query(Long.class).list();
        cases.anonymise(due, () -> outbox.addAll(due.stream().map(RecruitmentApplicantAnonymised::new).toList()));
        return due.size();
    }
}
