package org.dangjian.notify;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.contracts.auth.WechatBound;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.testkit.OutboxReplay;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What notify-service's tests share: a settable business clock, an SMS provider the test controls, a
 * stub of WeChat's API (see {@link WechatStub}), and a small tree with members and branch administrators
 * announced as member- and org-service announce them (events through the outbox, Kafka and the inbox).
 */
@SpringBootTest(properties = {"dj.notify.sms.provider=test", "dj.notify.backoff-base=100ms",
        "dj.notify.worker.poll-interval=100ms", "dj.notify.reports.token=" + NotifyTestSupport.REPORTS_TOKEN})
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_notify")
@Import(NotifyTestDoubles.class)
public abstract class NotifyTestSupport {
    protected static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The secret of the providers' delivery-report URLs. */
    protected static final String REPORTS_TOKEN = "report-secret-7f3a";
    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 900_000) * 1000);

    @DynamicPropertySource
    static void wechat(DynamicPropertyRegistry registry) {
        WechatStub.register(registry);
    }

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EventOutbox outbox;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected SettableClock clock;
    @Autowired
    protected FlakyProvider provider;

    protected long root;
    protected long branchA;
    protected long branchB;

    /** org-service and member-service, for the member look-up: an HTTP stub found through discovery. */
    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        NeighbourStubs.register(registry);
    }

    /** Noon in China unless a test moves the clock: outside quiet hours. */
    @BeforeEach
    void tree() {
        at(LocalDate.now(CHINA).atTime(12, 0));
        provider.failNext(0);
        root = nextId();
        branchA = nextId();
        branchB = nextId();
        publish(new OrgCreated(root, null, "/" + root + "/", null, "玉山镇党委", "COMMITTEE", "TOWN"));
        publish(new OrgCreated(branchA, root, pathOf(branchA), null, "城北社区党支部", "BRANCH", "COMMUNITY"));
        publish(new OrgCreated(branchB, root, pathOf(branchB), null, "城南社区党支部", "BRANCH", "COMMUNITY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(root, branchA, branchB).stream()
                .allMatch(id -> count("SELECT COUNT(*) FROM org_ref WHERE org_id = ?", id) == 1));
    }

    protected void at(LocalDateTime chinaTime) {
        clock.set(chinaTime.atZone(CHINA).toInstant());
    }

    /** The business clock's date in China. */
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    protected String pathOf(long branch) {
        return "/" + root + "/" + branch + "/";
    }

    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    protected static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A member with a phone, known to this service once the call returns. */
    protected long member(long branch, String name, String phone) {
        long id = nextId();
        publish(new MemberRegistered(id, branch, pathOf(branch), name, "MALE", LocalDate.of(1980, 5, 1),
                LocalDate.of(2005, 7, 1), "FULL", phone));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM member_contact WHERE member_id = ?", id) == 1);
        return id;
    }

    /** A branch administrator's account with a phone, known to this service once the call returns. */
    protected long administrator(long branch, String name, String phone) {
        long id = nextId();
        publish(new AccountChanged(id, branch, pathOf(branch), List.of("ORG_ADMIN"), name, phone, "ACTIVE", null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM admin_contact WHERE account_id = ?", id) == 1);
        return id;
    }

    /** The member binds WeChat user {@code openId} to their account; known to this service once the call returns. */
    protected void wechatBound(long memberId, String openId) {
        long accountId = nextId();
        publish(new WechatBound(accountId, memberId, openId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT COUNT(*) FROM wechat_contact WHERE account_id = ?", accountId) == 1);
    }

    protected void publish(IntegrationEvent event) {
        tx.executeWithoutResult(s -> outbox.add(event));
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /**
     * Sends an already published event again with the same event id, as the outbox relay does after a
     * crash between Kafka's ack and marking the row sent.
     */
    protected void redeliver(String eventType, String aggregateId) {
        OutboxReplay.redeliver(jdbc, eventType, aggregateId);
    }

    protected static Instant chinaTime(LocalDateTime t) {
        return t.atZone(CHINA).toInstant();
    }
}
