package org.dangjian.notify.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Gathers the non-urgent items of the day for the digest: one row per administrator concerned, that is every
 * active organisation administrator of the organisation the item is about or of one above it (their subtree holds
 * it). Written in the consumer's transaction; a redelivered event adds nothing.
 */
@Service
public class DigestItems {
    private final JdbcClient jdbc;
    private final Clock clock;

    DigestItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An item about {@code orgId} (at {@code orgPath}) for the digest of its administrators and those above. */
    public void collect(String eventId, DigestItemKind kind, long orgId, String orgPath, String subject, LocalDate dueOn) {
        insert(eventId, kind, orgId, orgPath, pathAndAncestors(orgPath), subject, dueOn, null);
    }

    /**
     * An item waiting on the organisation itself (an approval at its level) for its own administrators' digest,
     * until {@link #close} says its cause went.
     */
    public void collectForOrganisation(String eventId, DigestItemKind kind, long orgId, String orgPath, String subject,
                                       LocalDate dueOn, String ref) {
        insert(eventId, kind, orgId, orgPath, orgPath == null ? List.of() : List.of(orgPath), subject, dueOn, ref);
    }

    /** What {@code ref} waited on is done: its items not yet in a digest are dropped. */
    public void close(String ref) {
        jdbc.sql("DELETE FROM digest_item WHERE ref = ? AND digest_day IS NULL").param(ref).update();
    }

    private void insert(String eventId, DigestItemKind kind, long orgId, String orgPath, List<String> adminPaths,
                        String subject, LocalDate dueOn, String ref) {
        if (adminPaths.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO digest_item (account_id, event_id, kind, org_id, org_path, subject, due_on, ref, created_at)"
                        + " SELECT account_id, :event, :kind, :org, :path, :subject, :due, :ref, :now FROM admin_contact"
                        + " WHERE org_path IN (:paths) AND active = TRUE AND CONCAT(',', roles, ',') LIKE '%,ORG_ADMIN,%'"
                        + " ON DUPLICATE KEY UPDATE id = id")
                .param("event", eventId).param("kind", kind.name()).param("org", orgId).param("path", orgPath)
                .param("subject", subject.length() > 200 ? subject.substring(0, 200) : subject)
                .param("due", dueOn == null ? null : Date.valueOf(dueOn)).param("ref", ref)
                .param("now", Timestamp.from(clock.instant())).param("paths", adminPaths)
                .update();
    }

    /** An administrator's items not yet sent in a digest: deadlines first, then the oldest (at most 500). */
    List<DigestController.Item> pending(long accountId) {
        return jdbc.sql("SELECT kind, org_id, subject, due_on FROM digest_item WHERE account_id = ? AND digest_day IS NULL"
                        + " ORDER BY due_on IS NULL, due_on, id LIMIT 500")
                .param(accountId)
                .query((rs, i) -> new DigestController.Item(DigestItemKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** {@code /1/12/345/} → {@code /1/}, {@code /1/12/}, {@code /1/12/345/}: the organisations whose subtree holds it. */
    static List<String> pathAndAncestors(String orgPath) {
        List<String> paths = new ArrayList<>();
        if (orgPath == null || !orgPath.startsWith("/")) {
            return paths;
        }
        for (int slash = orgPath.indexOf('/', 1); slash > 0; slash = orgPath.indexOf('/', slash + 1)) {
            paths.add(orgPath.substring(0, slash + 1));
        }
        return paths;
    }
}
