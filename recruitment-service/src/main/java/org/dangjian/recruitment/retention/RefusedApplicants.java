package org.dangjian.recruitment.retention;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.dangjian.contracts.recruitment.RecruitmentApplicantAnonymised;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.dangjian.kit.storage.ObjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
    static final String ANONYMOUS = "（已匿名）";
    private static final String DUE = " FROM recruitment_case WHERE status = 'REFUSED' AND anonymised_at IS NULL"
            + " AND closed_on < :cutoff";

    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final EventOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    RefusedApplicants(JdbcClient jdbc, ObjectStore store, EventOutbox outbox, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
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
        if (due.isEmpty()) {
            return 0;
        }
        store.deleteAll(jdbc.sql("SELECT object_key FROM case_attachment WHERE case_id IN (:ids)"
                        + " UNION ALL SELECT sheet_key FROM case_exam WHERE case_id IN (:ids) AND sheet_key IS NOT NULL")
                .param("ids", due).query(String.class).list());
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE recruitment_case SET name = :anonymous, id_number_enc = NULL, id_number_idx = NULL,"
                            + " id_number_masked = NULL, phone_enc = NULL, phone_idx = NULL, phone_masked = NULL,"
                            + " work_unit = NULL, birth_date = MAKEDATE(YEAR(birth_date), 1), closed_reason = NULL,"
                            + " anonymised_at = :now WHERE id IN (:ids)")
                    .param("anonymous", ANONYMOUS).param("now", LocalDateTime.now(clock)).param("ids", due).update();
            forCases(due, "UPDATE case_step SET field_values = NULL");
            forCases(due, "UPDATE step_change SET original_fields = NULL, new_fields = NULL");
            forCases(due, "UPDATE case_outcome SET reason = NULL");
            forCases(due, "UPDATE case_exam SET sheet_key = NULL, sheet_type = NULL");
            forCases(due, "DELETE FROM case_attachment");
            outbox.addAll(due.stream().map(RecruitmentApplicantAnonymised::new).toList());
        });
        return due.size();
    }

    private void forCases(List<Long> caseIds, String statement) {
        jdbc.sql(statement + " WHERE case_id IN (:ids)").param("ids", caseIds).update();
    }
}
