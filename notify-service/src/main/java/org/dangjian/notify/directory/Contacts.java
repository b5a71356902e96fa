package org.dangjian.notify.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.contracts.Anonymised;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.notify.directory.MemberDirectoryClient.RemoteMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The local directory of who can be reached, kept from member and account events: members by id, and
 * the active administrators of each organisation (fed by {@code inbound.TopicListeners}). Phones are
 * stored encrypted, never in clear. A member the events never told us about is asked of member-service
 * ({@link MemberLookup}) and remembered; if it cannot answer, the member stays unknown.
 */
@Service
public class Contacts implements OrgPathFollower {
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final EventSeal seal;
    private final MemberLookup lookup;

    Contacts(JdbcClient jdbc, FieldCipher cipher, EventSeal seal, MemberLookup lookup) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.seal = seal;
        this.lookup = lookup;
    }

    /** The member as a recipient; {@link Recipient#reachable()} says whether they have a phone. */
    public Optional<Recipient> member(long memberId) {
        return Optional.ofNullable(members(List.of(memberId)).get(memberId));
    }

    /**
     * Members as recipients, by id: one query, and for ids the directory lacks one look-up at
     * member-service whose answers are remembered. Ids neither knows (or member-service unreachable) are absent.
     * Runs inside the consumer's transaction; the look-up's breaker bounds what it can add to it (2 s).
     */
    public Map<Long, Recipient> members(Collection<Long> memberIds) {
        Map<Long, Recipient> found = known(memberIds);
        if (found.size() < memberIds.size()) {
            Set<Long> missing = new LinkedHashSet<>(memberIds);
            missing.removeAll(found.keySet());
            for (RemoteMember m : lookup.find(List.copyOf(missing))) {
                if (missing.contains(m.memberId())) {
                    found.put(m.memberId(), remember(m));
                }
            }
        }
        return found;
    }

    private Map<Long, Recipient> known(Collection<Long> memberIds) {
        Map<Long, Recipient> found = new HashMap<>();
        jdbc.sql("SELECT member_id, name, phone_enc, phone_masked, org_path FROM member_contact"
                        + " WHERE member_id IN (:ids)")
                .param("ids", memberIds)
                .query(rs -> {
                    found.put(rs.getLong(1), new Recipient(Recipient.member(rs.getLong(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return found;
    }

    /** The active administrators of one organisation who have a phone. */
    public List<Recipient> administratorsOf(long orgId) {
        return jdbc.sql("SELECT account_id, name, phone_enc, phone_masked, org_path FROM admin_contact"
                        + " WHERE org_id = ? AND active = TRUE AND phone_enc IS NOT NULL"
                        + " AND CONCAT(',', roles, ',') LIKE '%,ORG_ADMIN,%' ORDER BY account_id")
                .param(orgId)
                .query((rs, i) -> new Recipient(Recipient.account(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** {@code status} is kept as one word: the standing while on the roll, else the state ({@link MembershipStatus#summary()}). */
    public void memberRegistered(MemberRegisteredV2 e) {
        String phone = seal.open(e.phone());
        jdbc.sql("INSERT INTO member_contact (member_id, org_id, org_path, name, phone_enc, phone_masked, status,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(6)) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                        + " phone_enc = VALUES(phone_enc), phone_masked = VALUES(phone_masked), updated_at = NOW(6)")
                .params(e.memberId(), e.orgId(), e.orgPath(), e.name(), encrypt(phone), mask(phone), e.status().summary())
                .update();
    }

    /**
     * Stores what member-service told us. A row that appeared meanwhile came from an event and stays:
     * events are the directory's source, and later ones keep it current.
     */
    private Recipient remember(RemoteMember m) {
        String phoneEnc = encrypt(m.phone());
        String phoneMasked = mask(m.phone());
        jdbc.sql("INSERT INTO member_contact (member_id, org_id, org_path, name, phone_enc, phone_masked, status,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(6)) ON DUPLICATE KEY UPDATE member_id = member_id")
                .params(m.memberId(), m.orgId(), m.orgPath(), m.name(), phoneEnc, phoneMasked, m.status())
                .update();
        return new Recipient(Recipient.member(m.memberId()), m.name(), phoneEnc, phoneMasked, m.orgPath());
    }

    public void memberUpdated(MemberUpdated e) {
        String phone = seal.open(e.phone());
        jdbc.sql("UPDATE member_contact SET name = COALESCE(?, name), phone_enc = ?, phone_masked = ?,"
                        + " updated_at = NOW(6) WHERE member_id = ?")
                .params(e.name(), encrypt(phone), mask(phone), e.memberId()).update();
    }

    public void memberRelocated(MemberRelocated e) {
        jdbc.sql("UPDATE member_contact SET org_id = ?, org_path = ?, updated_at = NOW(6) WHERE member_id = ?")
                .params(e.toOrgId(), e.toOrgPath(), e.memberId()).update();
    }

    /** A former member past their retention period: the contact keeps no name or phone (nothing is sent to it). */
    public void memberAnonymised(MemberAnonymised e) {
        jdbc.sql("UPDATE member_contact SET name = ?, phone_enc = NULL, phone_masked = NULL, updated_at = NOW(6)"
                + " WHERE member_id = ?").params(Anonymised.NAME, e.memberId()).update();
    }

    public void memberStatusChanged(MemberStatusChangedV2 e) {
        jdbc.sql("UPDATE member_contact SET status = ?, updated_at = NOW(6) WHERE member_id = ?")
                .params(e.after().summary(), e.memberId()).update();
    }

    /**
     * A version-one change (still in the topic when the upgrade lands), in the new meaning: a v1 MOBILE or
     * SUSPENDED keeps the standing this directory knew.
     */
    public void memberStatusChangedV1(MemberStatusChanged e) {
        String known = jdbc.sql("SELECT status FROM member_contact WHERE member_id = ?").param(e.memberId())
                .query(String.class).optional().orElse(null);
        memberStatusChanged(MemberStatusChangedV2.of(e, known));
    }

    public void accountChanged(AccountChanged e) {
        String phone = seal.open(e.phone());
        jdbc.sql("INSERT INTO admin_contact (account_id, org_id, org_path, name, roles, phone_enc, phone_masked, active,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(6)) ON DUPLICATE KEY UPDATE org_id = VALUES(org_id),"
                        + " org_path = VALUES(org_path), name = VALUES(name), roles = VALUES(roles),"
                        + " phone_enc = VALUES(phone_enc), phone_masked = VALUES(phone_masked), active = VALUES(active),"
                        + " updated_at = NOW(6)")
                .params(e.accountId(), e.orgId(), e.orgPath(), e.displayName(), String.join(",", e.roles()),
                        encrypt(phone), mask(phone), e.active())
                .update();
    }

    /**
     * A moved organisation takes its contacts and its messages along: the message log is scoped by the
     * recipient's organisation path, so its administrators keep seeing the messages sent before the move.
     */
    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "member_contact", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "admin_contact", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "message", "org_path", oldPrefix, newPrefix);
        SubtreePaths.move(jdbc, "digest_item", "org_path", oldPrefix, newPrefix);
    }

    private String encrypt(String phone) {
        return phone == null || phone.isBlank() ? null : cipher.encrypt(phone.trim());
    }

    private static String mask(String phone) {
        return phone == null || phone.isBlank() ? null : Masking.phone(phone.trim());
    }
}
