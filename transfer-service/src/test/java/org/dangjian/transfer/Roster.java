package org.dangjian.transfer;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * transfer-service's roster of members, kept from member-service's events: a transfer can be registered
 * for a member only once the roster holds them, and their events arrive through Kafka.
 */
public final class Roster {
    private Roster() {
    }

    /** Returns {@code member} once the roster holds them: {@code known(jdbc, announceMember(branchA, "张三"))}. */
    public static long known(JdbcTemplate jdbc, long member) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM member_ref WHERE member_id = ?", Integer.class, member) == 1);
        return member;
    }
}
