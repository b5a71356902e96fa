package org.dangjian.notify;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.contracts.auth.WechatBound;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People notify-service can reach, announced as member- and org-service announce them (events through
 * the outbox, Kafka and the inbox, phones and open ids sealed); each call returns once the service knows them.
 */
public class Recipients {
    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(30);
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000 + 500);

    @Autowired
    private EventOutbox outbox;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventSeal seal;

    /** A mobile number no other test uses, very likely. */
    public static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A full member of {@code branch} with a phone. */
    public long member(long branch, String branchPath, String name, String phone) {
        long id = IDS.incrementAndGet();
        publish(new MemberRegisteredV2(id, branch, branchPath, name, "MALE", LocalDate.of(1980, 5, 1),
                LocalDate.of(2005, 7, 1), new MembershipStatus("FULL", "ACTIVE", null, false), seal.seal(phone)));
        awaitRow("SELECT COUNT(*) FROM member_contact WHERE member_id = ?", id);
        return id;
    }

    /** An administrator's account of {@code branch} with a phone. */
    public long administrator(long branch, String branchPath, String name, String phone) {
        long id = IDS.incrementAndGet();
        publish(new AccountChanged(id, branch, branchPath, List.of("ORG_ADMIN"), name, seal.seal(phone), "ACTIVE", null));
        awaitRow("SELECT COUNT(*) FROM admin_contact WHERE account_id = ?", id);
        return id;
    }

    /** The member binds WeChat user {@code openId} to their account. */
    public void wechatBound(long memberId, String openId) {
        long accountId = IDS.incrementAndGet();
        publish(new WechatBound(accountId, memberId, seal.seal(openId)));
        awaitRow("SELECT COUNT(*) FROM wechat_contact WHERE account_id = ?", accountId);
    }

    private void publish(IntegrationEvent event) {
        tx.executeWithoutResult(s -> outbox.add(event));
    }

    private void awaitRow(String sql, long id) {
        await().atMost(KNOWN_WITHIN).until(() -> jdbc.queryForObject(sql, Integer.class, id) == 1);
    }
}
