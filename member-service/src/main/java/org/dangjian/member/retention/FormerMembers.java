package org.dangjian.member.retention;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.dangjian.contracts.Anonymised;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.privacy.retention.RetentionAction;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.dangjian.kit.storage.ObjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members who left the roll (transferred out of the city, withdrew, struck off, expelled, probation cancelled) or
 * died, once the period after the day they left is past: 10 years unless {@code dj.retention.periods.FORMER_MEMBER}
 * says otherwise. Ten years because the record still serves after leaving: a member who transferred out may come
 * back, an inspection (巡察) looks back over a five-year term and the one before, the yearly Party statistics are
 * corrected for years after; the member's dossier (党员档案) itself is paper kept by the archive, not this copy.
 *
 * <p>The record stays, so the branch's counts and history hold: organisation, gender, ethnicity, education, the
 * year of birth, the dates of joining, confirmation and leaving, standing and why they left. The person goes: name,
 * ID and phone numbers, day of birth, native place, work unit, whereabouts, notes and the photo (file too), and every
 * value of those in the record's history. Each service with a copy takes the person off it
 * ({@code member.anonymised}).
 *
 * <p>A batch at a time, set-based: the batch's photos go first, then its rows in one transaction with its events; a
 * run cut off between the two finds the members again, and deleting a file that is gone is harmless.
 */
@Component
class FormerMembers implements RetentionRule {
    static final String KIND = "FORMER_MEMBER";
    /** History fields that say nothing about who the person is: their values stay, the others' go. */
    static final List<String> HISTORY_KEPT = List.of("orgId", "standing", "state", "leaveReason", "statusDate",
            "joinDate", "fullDate", "probationExtendedTo", "confirmationMeetingDate", "mobile", "mobileRegion",
            "mobileSince", "gender", "ethnicity", "education", "educationMode", "degree", "occupation", "partyGroup");
    private static final String DUE = " FROM member WHERE state = 'LEFT' AND anonymised_at IS NULL"
            + " AND status_date < :cutoff";

    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final EventOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    FormerMembers(JdbcClient jdbc, ObjectStore store, EventOutbox outbox, TransactionTemplate tx, Clock clock) {
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
        return "已离开或去世党员的档案信息";
    }

    @Override
    public RetentionAction action() {
        return RetentionAction.ANONYMISE;
    }

    @Override
    public Period defaultPeriod() {
        return Period.ofYears(10);
    }

    @Override
    public long countDue(LocalDateTime cutoff) {
        return jdbc.sql("SELECT COUNT(*)" + DUE).param("cutoff", cutoff.toLocalDate()).query(Long.class).single();
    }

    @Override
    public int apply(LocalDateTime cutoff, int limit) {
        List<MemberAnonymised> anonymised = jdbc.sql("SELECT id, applicant_id" + DUE + " ORDER BY id LIMIT " + limit)
                .param("cutoff", cutoff.toLocalDate())
                .query((rs, n) -> new MemberAnonymised(rs.getLong(1), rs.getObject(2, Long.class))).list();
        if (anonymised.isEmpty()) {
            return 0;
        }
        List<Long> due = anonymised.stream().map(MemberAnonymised::memberId).toList();
        store.deleteAll(jdbc.sql("SELECT photo_key FROM member WHERE id IN (:ids) AND photo_key IS NOT NULL")
                .param("ids", due).query(String.class).list());
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE member SET name = :anonymous, id_number_enc = NULL, id_number_idx = NULL,"
                            + " id_number_masked = NULL, phone_enc = NULL, phone_idx = NULL, phone_masked = NULL,"
                            + " birth_date = MAKEDATE(YEAR(birth_date), 1), native_place = NULL,"
                            + " native_place_text = NULL, occupation_text = NULL, work_unit = NULL, photo_key = NULL,"
                            + " photo_type = NULL, status_reason = NULL, mobile_city = NULL, mobile_unit = NULL,"
                            + " mobile_contact = NULL, notes = NULL, anonymised_at = :now, version = version + 1"
                            + " WHERE id IN (:ids)")
                    .param("anonymous", Anonymised.NAME).param("now", LocalDateTime.now(clock)).param("ids", due).update();
            jdbc.sql("UPDATE member_change SET old_value = NULL, new_value = NULL"
                            + " WHERE member_id IN (:ids) AND field NOT IN (:kept)")
                    .param("ids", due).param("kept", HISTORY_KEPT).update();
            outbox.addAll(anonymised);
        });
        return due.size();
    }
}
