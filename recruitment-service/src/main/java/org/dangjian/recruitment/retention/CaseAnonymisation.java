package org.dangjian.recruitment.retention;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.contracts.Anonymised;
import org.dangjian.kit.storage.ObjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the person off development records, set-based: name, ID and phone numbers, work unit, the day of birth (the
 * year stays, for age statistics), the values recorded on steps and change requests, the reasons written about them,
 * and the uploaded evidence and exam sheets, files and all; the cases keep their dates, stages, steps and outcomes so
 * the counts and the history hold. Files go first, then the rows in one transaction (joining the caller's, if any)
 * with whatever {@code alsoInTransaction} adds: a run cut off between the two finds the cases again, and deleting a
 * file that is gone is harmless.
 */
@Component
class CaseAnonymisation {
    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseAnonymisation(JdbcClient jdbc, ObjectStore store, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    void anonymise(List<Long> caseIds, Runnable alsoInTransaction) {
        if (caseIds.isEmpty()) {
            return;
        }
        store.deleteAll(jdbc.sql("SELECT object_key FROM case_attachment WHERE case_id IN (:ids)"
                        + " UNION ALL SELECT sheet_key FROM case_exam WHERE case_id IN (:ids) AND sheet_key IS NOT NULL")
                .param("ids", caseIds).query(String.class).list());
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE recruitment_case SET name = :anonymous, id_number_enc = NULL, id_number_idx = NULL,"
                            + " id_number_masked = NULL, phone_enc = NULL, phone_idx = NULL, phone_masked = NULL,"
                            + " work_unit = NULL, birth_date = MAKEDATE(YEAR(birth_date), 1), closed_reason = NULL,"
                            + " anonymised_at = :now WHERE id IN (:ids)")
                    .param("anonymous", Anonymised.NAME).param("now", LocalDateTime.now(clock)).param("ids", caseIds)
                    .update();
            forCases(caseIds, "UPDATE case_step SET field_values = NULL");
            forCases(caseIds, "UPDATE step_change SET original_fields = NULL, new_fields = NULL");
            forCases(caseIds, "UPDATE case_outcome SET reason = NULL");
            forCases(caseIds, "UPDATE case_exam SET sheet_key = NULL, sheet_type = NULL");
            forCases(caseIds, "DELETE FROM case_attachment");
            alsoInTransaction.run();
        });
    }

    private void forCases(List<Long> caseIds, String statement) {
        jdbc.sql(statement + " WHERE case_id IN (:ids)").param("ids", caseIds).update();
    }
}
