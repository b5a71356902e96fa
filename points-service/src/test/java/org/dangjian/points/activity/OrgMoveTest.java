package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A branch that moves to another town takes its organisational life along: the new town sees it, the old one not. */
class OrgMoveTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void after_a_branch_moves_its_activities_are_seen_by_the_new_superiors_and_no_longer_by_the_old() {
        long m = members.ranked(announceMember(branchA, "吕青"));
        long activity = body(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type",
                "THEME_DAY", "date", today().toString(), "topic", "主题党日", "attendance",
                List.of(Map.of("memberId", m, "presence", "PRESENT"))))).get("id").asLong();
        assertThat(get(town1Admin, "/api/points/activities/" + activity)).hasStatusOk();
        assertThat(get(town2Admin, "/api/points/activities/" + activity)).hasStatus(404);

        publish(new OrgMoved(branchA, town1, town2, path(root, town1, branchA), path(root, town2, branchA)));

        await().atMost(EFFECT_TIMEOUT).untilAsserted(() ->
                assertThat(get(town2Admin, "/api/points/activities/" + activity)).hasStatusOk());
        assertThat(get(town1Admin, "/api/points/activities/" + activity)).hasStatus(404);
        assertThat(body(get(town2Admin, "/api/points/activities?orgId=" + town2)).get("items").findValuesAsString("id"))
                .contains(String.valueOf(activity));
    }
}
