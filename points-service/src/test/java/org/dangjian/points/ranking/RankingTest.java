package org.dangjian.points.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Rankings per organisation: who leads, equal scores sharing a rank, members moving and leaving. */
class RankingTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_branch_ranks_its_members_by_score_and_equal_scores_share_a_rank() {
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
        long m = members.ranked(announceMember(branchA, "韩梅"));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "FULL", "LEFT", "VOLUNTARY", today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> body(get(branchAAdmin, "/api/points/rankings"))
                .get("members").asLong() == 0);
    }

    @Test
    void members_see_their_own_score_and_rank_only_where_the_organisation_shows_them() {
        long m = members.ranked(announceMember(branchA, "杨光"));
        String own = memberToken(m, branchA);
        JsonNode hidden = body(get(own, "/api/points/members/" + m));
        assertThat(hidden.has("total")).as("hidden: left out").isFalse();
        assertThat(hidden.has("rank")).isFalse();
        assertThat(get(own, "/api/points/members/" + members.ranked(announceMember(branchA, "别人"))).getResponse().getStatus()).isEqualTo(404);

        assertThat(put(town1Admin, "/api/points/rankings/visibility", Map.of("orgId", town1, "membersSeeOwn", true))
                .getResponse().getStatus()).isEqualTo(200);
        JsonNode shown = body(get(own, "/api/points/members/" + m));
        assertThat(shown.has("total")).isTrue();
        assertThat(shown.get("rank").asLong()).isPositive();

        put(branchAAdmin, "/api/points/rankings/visibility", Map.of("orgId", branchA, "membersSeeOwn", false));
        assertThat(body(get(own, "/api/points/members/" + m)).has("rank")).as("the branch's own choice wins")
                .isFalse();
    }

    private void attend(long branch, String admin, long member) {
        assertThat(post(admin, "/api/points/activities", Map.of("orgId", branch, "type", "THEME_DAY", "date",
                today().toString(), "topic", "主题党日：走访困难党员", "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT")))).getResponse().getStatus()).isEqualTo(201);
    }
}
