package org.dangjian.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.points.PointsRankingVisibilityChanged;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Who studied most, per organisation, shown only where the organisation turned rankings on. */
class LeaderboardTest extends LearningApiTest {
    @Autowired
    ClassHourLedger ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Leaderboard boards;
    @Autowired
    StringRedisTemplate redis;

    private long a1;
    private long a2;
    private long b1;

    @BeforeEach
    void hours() {
        a1 = announceMember(branchA, "甲一");
        a2 = announceMember(branchA, "甲二");
        b1 = announceMember(branchB, "乙一");
        awaitEffect(() -> List.of(a1, a2, b1).stream()
                .allMatch(m -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1));
        earn(a1, "3.0", "lesson:1");
        earn(a2, "8.5", "lesson:2");
        earn(b1, "5.0", "lesson:3");
        earn(a1, "3.0", "lesson:1"); // the same lesson again: the ledger keeps it out, and so does the board
    }

    @Test
    void rankings_are_shown_nowhere_until_an_organisation_turns_them_on() {
        JsonNode off = ok(get(town1Admin, "/api/learning/leaderboard?orgId=" + town1));
        assertThat(off.get("shown").asBoolean()).isFalse();
        assertThat(off.get("top")).isEmpty();
        assertThat(off.has("members")).isFalse();
        assertThat(ok(get(memberToken(a1, branchA), "/api/learning/leaderboard")).get("shown").asBoolean()).isFalse();
    }

    @Test
    void a_town_that_turned_rankings_on_ranks_its_members_by_class_hours_and_a_branch_that_turned_them_off_does_not() {
        switchRankings(town1, true);
        switchRankings(branchB, false);

        JsonNode town = ok(get(town1Admin, "/api/learning/leaderboard?orgId=" + town1));
        assertThat(town.get("members").asLong()).isEqualTo(3);
        assertThat(town.get("top").valueStream().map(l -> l.get("rank").asLong() + " " + l.get("name").asString() + " "
                + l.get("orgName").asString() + " " + l.get("hours").decimalValue().toPlainString()))
                .containsExactly("1 甲二 城北社区党支部 8.5", "2 乙一 城南社区党支部 5.0", "3 甲一 城北社区党支部 3.0");
        assertThat(ok(get(town1Admin, "/api/learning/leaderboard?orgId=" + branchA)).get("shown").asBoolean())
                .as("inherited from the town").isTrue();
        assertThat(ok(get(town1Admin, "/api/learning/leaderboard?orgId=" + branchB)).get("shown").asBoolean())
                .as("its own setting wins").isFalse();

        JsonNode mine = ok(get(memberToken(a1, branchA), "/api/learning/leaderboard?orgId=" + town1));
        assertThat(mine.get("me").get("rank").asLong()).isEqualTo(3);
        assertThat(mine.get("me").get("hours").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(mine.get("top").get(0).has("memberId")).as("of others only name, branch and hours").isFalse();
        assertThat(get(memberToken(a1, branchA), "/api/learning/leaderboard?orgId=" + branchB)).as("another branch")
                .hasStatus(404);
        assertThat(get(town2Admin, "/api/learning/leaderboard?orgId=" + town1)).hasStatus(404);
    }

    @Test
    void the_boards_lost_with_redis_are_built_again_from_the_ledger() {
        switchRankings(town1, true);
        redis.delete(redis.keys("dj:learning:board:*"));

        boards.rebuildIfLost();

        JsonNode town = ok(get(town1Admin, "/api/learning/leaderboard?orgId=" + town1));
        assertThat(town.get("top").get(0).get("name").asString()).isEqualTo("甲二");
        assertThat(town.get("top").get(2).get("hours").decimalValue()).isEqualByComparingTo("3.0");
    }

    private void switchRankings(long org, boolean shown) {
        publish(new PointsRankingVisibilityChanged(org, pathOf(org), shown, 1, Instant.now()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM ranking_visibility WHERE org_id = ? AND shown = ?", org, shown) == 1);
    }

    private void earn(long member, String hours, String source) {
        transactions.executeWithoutResult(t -> ledger.record(List.of(
                new Earned(member, new BigDecimal(hours), source + ":" + member, "专题学习", LocalDate.now(steps)))));
    }
}
