package org.dangjian.points.warning;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.RosterFollower;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notes the day points-service began watching each member: their organisational life counts from then. */
@Component
class WatchedMembers implements RosterFollower {
    private final JdbcClient jdbc;
    private final Clock clock;

    WatchedMembers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void registered(MemberRef member) {
        jdbc.sql("INSERT INTO member_watch (member_id, tracked_since) VALUES (?, ?) ON DUPLICATE KEY UPDATE member_id = member_id")
                .params(member.memberId(), Date.valueOf(LocalDate.now(clock))).update();
    }
}
