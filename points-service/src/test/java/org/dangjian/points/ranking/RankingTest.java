package org.dangjian.points.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.points.PointsRankingVisibilityChanged;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Rankings per organisation: who leads, equal scores sharing a rank, members moving and leaving; and the one
 * switch that shows them, off unless an organisation turns it on.
 */
class RankingTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_branch_ranks_its_members_by_score_and_equal_scores_share_a_rank() {
        showRankings(cityAdmin, root, true);
        long keen = members.ranked(announceMember(branchA, "刘洋"));
        long same1 = members.ranked(announceMember(branchA, "马丽"));
        long same2 = members.ranked(announceMember(branchA, "黄河"));
        attend(branchA, branchAAdmin, keen);

        JsonNode ranking = body(get(branchAAdmin, "/api/points/rankings"));
        assertThat(ranking.get("members").asLong()).isEqualTo(3);
        List<JsonNode> top = List.copyOf(ranking.get("top").valueStream().toList());
        assertThat(top.get(0).get("memberId").asLong()).isEqualTo(keen);
        assertThat(top).extracting(l -> l.get("rank").asLong()).containsExactly(1L, 2L, 2L);
        assertThat(top.get(1).get("name").asString()).isIn("马丽", "黄河");
        assertThat(top.get(0).get("orgName").asString()).isEqualTo("城北社区党支部");
        double sum = top.stream().mapToDouble(l -> l.get("score").asDouble()).sum();
        assertThat(ranking.get("average").decimalValue())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(sum / 3).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(List.of(same1, same2)).contains(top.get(2).get("memberId").asLong());
    }

    @Test
    void the_town_ranks_the_members_of_all_its_branches_and_a_branch_only_its_own() {
        showRankings(cityAdmin, root, true);
        long a = members.ranked(announceMember(branchA, "冯刚"));
        long b = members.ranked(announceMember(branchB, "陈静"));
        attend(branchB, branchBAdmin, b);

        assertThat(body(get(town1Admin, "/api/points/rankings?orgId=" + town1)).get("top").findValuesAsString("memberId"))
                .containsExactly(String.valueOf(b), String.valueOf(a));
        assertThat(get(branchAAdmin, "/api/points/rankings?orgId=" + branchB).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(memberToken(a, branchA), "/api/points/rankings").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_relocated_member_takes_the_score_to_the_new_branch_and_leaves_the_old_one() {
        showRankings(cityAdmin, root, true);
        long m = members.ranked(announceMember(branchA, "许可"));
        members.ranked(announceMember(branchA, "沈冰"));
        attend(branchA, branchAAdmin, m);
        publish(new MemberRelocated(m, branchA, pathOf(branchA), branchB, pathOf(branchB), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get(branchBAdmin, "/api/points/rankings"))
                .get("top").findValuesAsString("memberId").contains(String.valueOf(m)));

        assertThat(body(get(branchAAdmin, "/api/points/rankings")).get("top").findValuesAsString("memberId"))
                .doesNotContain(String.valueOf(m));
        JsonNode townRanking = body(get(town1Admin, "/api/points/rankings?orgId=" + town1));
        assertThat(townRanking.get("members").asLong()).isEqualTo(2);
        assertThat(body(get(branchAAdmin, "/api/points/rankings")).get("average").decimalValue())
                .as("the old branch's average no longer counts the member")
                .isEqualByComparingTo(body(get(branchAAdmin, "/api/points/rankings")).get("top").get(0).get("score")
                        .decimalValue().setScale(1, java.math.RoundingMode.HALF_UP));
        JsonNode statement = body(get(branchBAdmin, "/api/points/members/" + m));
        assertThat(statement.get("orgId").asLong()).isEqualTo(branchB);
        assertThat(statement.get("rank").asLong()).isEqualTo(1);
        assertThat(statement.get("entries")).as("the points earned in the old branch stay the member's").hasSize(1);
    }

    @Test
    void a_member_who_left_the_party_leaves_the_rankings() {
        showRankings(cityAdmin, root, true);
        long m = members.ranked(announceMember(branchA, "韩梅"));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "FULL", "LEFT", "VOLUNTARY", today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get(branchAAdmin, "/api/points/rankings"))
                .get("members").asLong() == 0);
    }

    @Test
    void rankingsAreShownToNobodyUntilTheOrganisationTurnsThemOn() {
        long m = members.ranked(announceMember(branchA, "杨光"));
        attend(branchA, branchAAdmin, m);
        String own = memberToken(m, branchA);

        for (String admin : List.of(cityAdmin, town1Admin, branchAAdmin)) {
            JsonNode ranking = body(get(admin, "/api/points/rankings?orgId=" + branchA));
            assertThat(ranking.get("shown").asBoolean()).as("not shown, administrators included").isFalse();
            assertThat(ranking.get("top")).isEmpty();
            assertThat(ranking.has("members")).isFalse();
            assertThat(ranking.has("average")).isFalse();
        }
        for (String reader : List.of(cityAdmin, branchAAdmin, own)) {
            JsonNode statement = body(get(reader, "/api/points/members/" + m));
            assertThat(statement.has("rank")).as("no rank in the statement either").isFalse();
            assertThat(statement.has("rankedInBranch")).isFalse();
            assertThat(statement.get("total").decimalValue()).as("the points themselves stay the member's to see")
                    .isPositive();
        }
        JsonNode setting = body(get(branchAAdmin, "/api/points/rankings/visibility?orgId=" + branchA));
        assertThat(setting.get("shown").asBoolean()).isFalse();
        assertThat(setting.has("decidedBy")).as("nobody turned them on").isFalse();

        showRankings(branchAAdmin, branchA, true);

        JsonNode ranking = body(get(branchAAdmin, "/api/points/rankings"));
        assertThat(ranking.get("shown").asBoolean()).isTrue();
        assertThat(ranking.get("top").findValuesAsString("memberId")).containsExactly(String.valueOf(m));
        assertThat(body(get(own, "/api/points/members/" + m)).get("rank").asLong()).isEqualTo(1);
        assertThat(body(get(cityAdmin, "/api/points/members/" + m)).get("rank").asLong()).isEqualTo(1);
        assertThat(body(get(cityAdmin, "/api/points/rankings?orgId=" + town1)).get("shown").asBoolean())
                .as("the branch's switch covers the branch, not the town above it").isFalse();
    }

    @Test
    void aCommitteesSwitchCoversItsSubtreeUnlessABranchSetsItsOwn() {
        long a = members.ranked(announceMember(branchA, "甲"));
        long b = members.ranked(announceMember(branchB, "乙"));
        long c = members.ranked(announceMember(branchC, "丙"));
        showRankings(town1Admin, town1, true);

        assertThat(shownFor(branchA)).isTrue();
        assertThat(shownFor(branchB)).isTrue();
        assertThat(shownFor(branchC)).as("another town's branch follows its own town").isFalse();
        assertThat(body(get(branchAAdmin, "/api/points/rankings/visibility?orgId=" + branchA)).get("decidedBy").asLong())
                .isEqualTo(town1);
        assertThat(body(get(memberToken(a, branchA), "/api/points/members/" + a)).has("rank")).isTrue();
        assertThat(body(get(memberToken(c, branchC), "/api/points/members/" + c)).has("rank")).isFalse();

        showRankings(branchAAdmin, branchA, false);

        assertThat(shownFor(branchA)).as("the branch's own choice wins").isFalse();
        assertThat(shownFor(branchB)).isTrue();
        assertThat(body(get(memberToken(a, branchA), "/api/points/members/" + a)).has("rank")).isFalse();
        assertThat(body(get(memberToken(b, branchB), "/api/points/members/" + b)).has("rank")).isTrue();
        assertThat(put(branchBAdmin, "/api/points/rankings/visibility", Map.of("orgId", town1, "shown", false))
                .getResponse().getStatus()).as("a branch administrator cannot switch the town above").isEqualTo(404);
        assertThat(put(memberToken(b, branchB), "/api/points/rankings/visibility", Map.of("orgId", branchB, "shown", true))
                .getResponse().getStatus()).as("members do not switch rankings").isEqualTo(403);
    }

    @Test
    void turningRankingsOnIsAnnounced() {
        showRankings(branchAAdmin, branchA, true);
        showRankings(branchAAdmin, branchA, true);

        List<Map<String, Object>> announced = jdbc.queryForList("SELECT topic, payload FROM dj_outbox"
                + " WHERE event_type = ? AND aggregate_id = ? ORDER BY id", PointsRankingVisibilityChanged.TYPE,
                String.valueOf(branchA));
        assertThat(announced).as("announced once: the second request changed nothing").hasSize(1);
        assertThat(announced.get(0).get("topic")).isEqualTo("dj.points.v1");
        JsonNode payload = json.readTree((String) announced.get(0).get("payload"));
        assertThat(payload.get("orgId").asLong()).isEqualTo(branchA);
        assertThat(payload.get("orgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(payload.get("shown").asBoolean()).isTrue();

        showRankings(branchAAdmin, branchA, false);
        assertThat(count("SELECT COUNT(*) FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                PointsRankingVisibilityChanged.TYPE, String.valueOf(branchA))).as("turning them off again too")
                .isEqualTo(2);
    }

    private boolean shownFor(long org) {
        return body(get(cityAdmin, "/api/points/rankings?orgId=" + org)).get("shown").asBoolean();
    }

    private void showRankings(String admin, long org, boolean shown) {
        assertThat(put(admin, "/api/points/rankings/visibility", Map.of("orgId", org, "shown", shown))
                .getResponse().getStatus()).isEqualTo(200);
    }

    private void attend(long branch, String admin, long member) {
        assertThat(post(admin, "/api/points/activities", Map.of("orgId", branch, "type", "THEME_DAY", "date",
                today().toString(), "topic", "主题党日：走访困难党员", "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);
    }
}
