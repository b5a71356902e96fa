package org.dangjian.points;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.points.ranking.Rankings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member announced by a test ({@code announceMember}) is of use to points-service's tests once the
 * service has given them the year's base and ranked them: the registration committed, then Redis followed.
 * A bean of the tests' context (found by the application's component scan, in every test alike).
 */
@Component
public class RankedMembers {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final JdbcTemplate jdbc;
    private final Rankings rankings;
    private final Clock clock;

    RankedMembers(JdbcTemplate jdbc, Rankings rankings, Clock clock) {
        this.jdbc = jdbc;
        this.rankings = rankings;
        this.clock = clock;
    }

    /** Returns the member once they have a total for this year and a place in their branch's ranking. */
    public long ranked(long memberId) {
        int year = LocalDate.now(clock).getYear();
        await().atMost(TIMEOUT).until(() -> jdbc.queryForList("SELECT r.org_id FROM member_total t"
                        + " JOIN member_ref r ON r.member_id = t.member_id WHERE t.member_id = ? AND t.year = ?",
                        Long.class, memberId, year)
                .stream().anyMatch(org -> rankings.placeOf(year, org, memberId).isPresent()));
        return memberId;
    }
}
