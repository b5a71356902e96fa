package org.dangjian.notify.digest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.message.Outgoing;
import org.dangjian.notify.template.MessageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message per administrator per day with everything pending for them: how many warnings, how many flags, how
 * many transfer approvals and the earliest deadline, how many branches' lists of members long away, how many
 * organisations' quarterly cadre updates are overdue. It goes through the message queue as any non-urgent message, so
 * quiet hours and the phone's daily share apply; its event id names the day and the account, so a second run the same
 * day sends nothing more. Items of an administrator without a phone (or no longer active) are closed unsent.
 */
@Service
public class AdministratorDigests {
    private final JdbcClient jdbc;
    private final MessageQueue queue;
    private final OrgDirectory orgs;

    AdministratorDigests(JdbcClient jdbc, MessageQueue queue, OrgDirectory orgs) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.orgs = orgs;
    }

    /** An administrator's pending items, counted. */
    public record Pending(long accountId, int warnings, int flags, int approvals, int away, int cadres,
                          LocalDate earliestDue) {
        int total() {
            return warnings + flags + approvals + away + cadres;
        }
    }

    /** Sends the day's digests; answers how many administrators got one. A day with nothing sends nothing. */
    @Transactional
    @Unscoped("the daily job: every administrator's digest, by the system")
    public int send(LocalDate day) {
        Map<Long, Pending> pending = new LinkedHashMap<>();
        jdbc.sql("SELECT account_id, SUM(kind = 'WARNING'), SUM(kind = 'FLAG'), SUM(kind = 'TRANSFER_APPROVAL'),"
                        + " SUM(kind = 'MEMBERS_AWAY'), SUM(kind = 'CADRE_QUARTER_OVERDUE'), MIN(due_on) FROM digest_item WHERE digest_day IS NULL GROUP BY account_id ORDER BY account_id")
                .query(rs -> {
                    pending.put(rs.getLong(1), new Pending(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getObject(7, LocalDate.class)));
                });
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> accounts = new ArrayList<>(pending.keySet());
        int sent = 0;
        for (AdminRow admin : administrators(accounts)) {
            Pending p = pending.get(admin.accountId());
            queue.enqueue("digest:" + day + ":" + admin.accountId(), new Outgoing(MessageKind.ADMIN_DIGEST,
                    admin.recipient(), values(admin, p)));
            sent++;
        }
        jdbc.sql("UPDATE digest_item SET digest_day = :day WHERE digest_day IS NULL AND account_id IN (:accounts)")
                .param("day", Date.valueOf(day)).param("accounts", accounts).update();
        return sent;
    }

    private record AdminRow(long accountId, long orgId, Recipient recipient) {
    }

    private List<AdminRow> administrators(List<Long> accounts) {
        return jdbc.sql("SELECT account_id, org_id, name, phone_enc, phone_masked, org_path FROM admin_contact"
                        + " WHERE account_id IN (:accounts) AND active = TRUE AND phone_enc IS NOT NULL ORDER BY account_id")
                .param("accounts", accounts)
                .query((rs, i) -> new AdminRow(rs.getLong(1), rs.getLong(2), new Recipient(
                        Recipient.account(rs.getLong(1)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6))))
                .list();
    }

    private Map<String, String> values(AdminRow admin, Pending p) {
        return Map.of("org", orgs.find(admin.orgId()).map(OrgRef::name).orElse("党组织"),
                "warnings", Integer.toString(p.warnings()),
                "flags", Integer.toString(p.flags()),
                "approvals", Integer.toString(p.approvals()),
                "away", Integer.toString(p.away()),
                "cadres", Integer.toString(p.cadres()),
                "due", p.earliestDue() == null ? "无" : p.earliestDue().toString());
    }
}
