package org.dangjian.notify.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.notify.directory.Contacts;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.dangjian.notify.template.Templates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the messages events ask for, in the consumer's transaction. Messages asked for in one
 * transaction are written together just before it commits: a poll of 500 greetings costs one look-up of
 * their members, one count of their phones' daily shares and one multi-row insert, not three statements
 * each. The unique key (event, recipient, channel) makes a redelivered event add nothing; the send
 * policy decides whether each goes now or is held; the delivery worker is woken once it is committed.
 */
@Service
public class MessageQueue {
    /** The batched insert (JdbcClient has no batch); reads go through {@link #jdbcClient}. */
    private final JdbcTemplate jdbc;
    private final JdbcClient jdbcClient;
    private final Templates templates;
    private final Contacts contacts;
    private final WechatCopies wechat;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final SendPolicy policy;
    private final JsonMapper json;
    private final DeliverySignal signal;
    private final Clock clock;

    MessageQueue(JdbcTemplate jdbc, JdbcClient jdbcClient, Templates templates, Contacts contacts, WechatCopies wechat,
                 FieldCipher cipher, BlindIndex blindIndex, SendPolicy policy, JsonMapper json, DeliverySignal signal,
                 Clock clock) {
        this.jdbc = jdbc;
        this.jdbcClient = jdbcClient;
        this.templates = templates;
        this.contacts = contacts;
        this.wechat = wechat;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.policy = policy;
        this.json = json;
        this.signal = signal;
        this.clock = clock;
    }

    /** A message to a recipient already known. */
    public void enqueue(String eventId, Outgoing out) {
        ask(new Asked(eventId, out, null));
    }

    /** A message to a member, found in the directory when the transaction's messages are written. */
    public void enqueueToMember(String eventId, long memberId, MessageKind kind, Map<String, String> values) {
        ask(new Asked(eventId, new Outgoing(kind, null, values), memberId));
    }

    private record Asked(String eventId, Outgoing out, Long memberId) {
    }

    private record Row(String eventId, Outgoing out, String phoneIdx, LocalDate sendDay) {
    }

    private void ask(Asked asked) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            transactionBatch().add(asked);
        } else if (write(List.of(asked))) {
            signal.wake();
        }
    }

    /** The current transaction's messages, written just before it commits; the worker is woken after. */
    private List<Asked> transactionBatch() {
        @SuppressWarnings("unchecked")
        List<Asked> batch = (List<Asked>) TransactionSynchronizationManager.getResource(this);
        if (batch != null) {
            return batch;
        }
        List<Asked> fresh = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean dueNow;

            @Override
            public void beforeCommit(boolean readOnly) {
                dueNow = write(fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MessageQueue.this);
                if (status == STATUS_COMMITTED && dueNow) {
                    signal.wake();
                }
            }
        });
        return fresh;
    }

    /** Writes the messages; returns whether any may go at once. */
    private boolean write(List<Asked> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        List<Asked> addressed = address(asked);
        List<Row> rows = smsRows(addressed, now);
        Map<String, Integer> shares = sharesTaken(rows);
        Map<MessageKind, Template> byKind = new HashMap<>();
        Function<MessageKind, Template> templateOf = kind -> byKind.computeIfAbsent(kind, templates::of);
        List<Object[]> args = new ArrayList<>(rows.size());
        boolean dueNow = false;
        for (Row row : rows) {
            Outgoing out = row.out();
            boolean urgent = out.kind().urgent();
            String share = row.phoneIdx() + '|' + row.sendDay();
            SendPolicy.Decision decision = policy.decide(urgent, now, shares.getOrDefault(share, 0));
            if (!urgent && decision.heldReason() != HeldReason.DAILY_LIMIT) {
                shares.merge(share, 1, Integer::sum);
            }
            dueNow |= decision.status() == MessageStatus.WAITING;
            Recipient to = out.recipient();
            args.add(columns(row.eventId(), out, Channel.SMS, row.sendDay(), to.phoneMasked(), to.phoneEnc(),
                    row.phoneIdx(), null, decision, templateOf.apply(out.kind()), now));
        }
        // WeChat: quiet hours apply, the phone's daily SMS share does not
        for (WechatCopies.Copy copy : wechat.of(toMembers(addressed), templateOf)) {
            SendPolicy.Decision decision = policy.decide(false, now, 0);
            dueNow |= decision.status() == MessageStatus.WAITING;
            args.add(columns(copy.eventId(), copy.out(), Channel.WECHAT, policy.sendDay(false, now),
                    WechatCopies.masked(copy.openId()), null, null, copy.openId(), decision,
                    templateOf.apply(copy.out().kind()), now));
        }
        jdbc.batchUpdate("INSERT INTO message (event_id, kind, channel, urgent, send_day, recipient_key,"
                + " recipient_masked, phone_enc, phone_idx, open_id, org_path, text, vars_enc, status, held_reason,"
                + " attempts, next_attempt_at, expires_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id", args);
        return dueNow;
    }

    /** One message's columns, in the order of the INSERT. */
    private Object[] columns(String eventId, Outgoing out, Channel channel, LocalDate sendDay, String recipientMasked,
                             String phoneEnc, String phoneIdx, String openId, SendPolicy.Decision decision,
                             Template template, Instant now) {
        Recipient to = out.recipient();
        return new Object[] {eventId, out.kind().name(), channel.name(), out.kind().urgent(), sendDay, to.key(),
                recipientMasked, phoneEnc, phoneIdx, openId, to.orgPath(), template.renderMasked(out.values()),
                cipher.encrypt(json.writeValueAsString(out.values())), decision.status().name(),
                decision.heldReason() == null ? null : decision.heldReason().name(), ts(decision.notBefore()),
                ts(out.expiresAt()), ts(now)};
    }

    /** Fills in members' addresses in one look-up; members the directory does not know get nothing. */
    private List<Asked> address(List<Asked> asked) {
        Set<Long> memberIds = new HashSet<>();
        asked.stream().filter(a -> a.memberId() != null).forEach(a -> memberIds.add(a.memberId()));
        Map<Long, Recipient> members = memberIds.isEmpty() ? Map.of() : contacts.members(memberIds);
        List<Asked> addressed = new ArrayList<>(asked.size());
        for (Asked a : asked) {
            Recipient to = a.memberId() == null ? a.out().recipient() : members.get(a.memberId());
            if (to != null) {
                addressed.add(new Asked(a.eventId(), new Outgoing(a.out().kind(), to, a.out().values(),
                        a.out().expiresAt()), to.memberId()));
            }
        }
        return addressed;
    }

    /** The SMS: to those with a phone. */
    private List<Row> smsRows(List<Asked> addressed, Instant now) {
        List<Row> rows = new ArrayList<>(addressed.size());
        for (Asked a : addressed) {
            Recipient to = a.out().recipient();
            if (to.reachable()) {
                String phoneIdx = blindIndex.of(cipher.decrypt(to.phoneEnc()));
                rows.add(new Row(a.eventId(), a.out(), phoneIdx, policy.sendDay(a.out().kind().urgent(), now)));
            }
        }
        return rows;
    }

    private static List<WechatCopies.Asked> toMembers(List<Asked> addressed) {
        return addressed.stream().filter(a -> a.memberId() != null)
                .map(a -> new WechatCopies.Asked(a.eventId(), a.out(), a.memberId())).toList();
    }

    /**
     * Non-urgent SMS each phone already has on the day its new message would go out, in one query;
     * failed and held-back ones do not count. Keyed {@code phoneIdx|day}.
     */
    private Map<String, Integer> sharesTaken(List<Row> rows) {
        Set<String> phones = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        rows.stream().filter(r -> !r.out().kind().urgent()).forEach(r -> {
            phones.add(r.phoneIdx());
            days.add(r.sendDay());
        });
        Map<String, Integer> taken = new HashMap<>();
        if (phones.isEmpty()) {
            return taken;
        }
        // a phone's share counts the messages of every organisation: the consumers open the scope for it
        jdbcClient.sql(ScopedSql.of("SELECT phone_idx, send_day, COUNT(*) FROM message WHERE phone_idx IN (:phones)"
                        + " AND send_day IN (:days) AND urgent = FALSE AND channel = 'SMS' AND status <> 'FAILED'"
                        + " AND NOT (status = 'HELD' AND held_reason = 'DAILY_LIMIT') GROUP BY phone_idx, send_day"))
                .param("phones", phones).param("days", days)
                .query(rs -> {
                    taken.put(rs.getString(1) + '|' + rs.getObject(2, LocalDate.class), rs.getInt(3));
                });
        return taken;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
