package org.dangjian.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Changing the rules is the city administrator's, makes a new version, and recalculates every total. */
class RuleChangeTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @AfterEach
    void restoreTheDefaults() {
        put(cityAdmin, "/api/points/rules", PointRules.defaults());
        awaitRecalculated();
    }

    @Test
    void a_rule_change_recalculates_every_members_total_for_the_year() {
        long attended = members.ranked(announceMember(branchA, "蒋涛"));
        long idle = members.ranked(announceMember(branchB, "沈月"));
        post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "PARTY_LECTURE", "date",
                today().toString(), "topic", "书记讲党课", "attendance",
                List.of(Map.of("memberId", attended, "presence", "PRESENT"))));

        Map<String, Object> rules = json.convertValue(PointRules.defaults(), Map.class);
        rules.put("base", 80);
        Map<String, Object> perActivity = new HashMap<>((Map<String, Object>) rules.get("perActivity"));
        perActivity.put("PARTY_LECTURE", 7.5);
        rules.put("perActivity", perActivity);
        JsonNode changed = body(put(cityAdmin, "/api/points/rules", rules));
        int version = changed.get("version").asInt();
        assertThat(version).isPositive();
        awaitRecalculated();

        assertThat(total(attended)).isEqualByComparingTo(new BigDecimal("87.5"));
        assertThat(total(idle)).isEqualByComparingTo(new BigDecimal("80"));
        JsonNode now = body(get(branchAAdmin, "/api/points/rules"));
        assertThat(now.get("version").asInt()).isEqualTo(version);
        assertThat(now.get("recalculation").get("members").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void only_the_city_administrator_changes_the_rules_and_nonsense_is_refused_by_field() {
        Map<String, Object> rules = json.convertValue(PointRules.defaults(), Map.class);
        assertThat(put(town1Admin, "/api/points/rules", rules).getResponse().getStatus()).isEqualTo(403);

        rules.put("base", -5);
        rules.put("absence", "1.25");
        JsonNode refused = body(put(cityAdmin, "/api/points/rules", rules));
        assertThat(refused.get("errors").findValuesAsString("field")).contains("base", "absence");

        Map<String, Object> missingType = json.convertValue(PointRules.defaults(), Map.class);
        Map<String, Object> perActivity = new HashMap<>((Map<String, Object>) missingType.get("perActivity"));
        perActivity.remove("VOLUNTEER");
        missingType.put("perActivity", perActivity);
        assertThat(body(put(cityAdmin, "/api/points/rules", missingType)).get("errors").findValuesAsString("field"))
                .containsExactly("perActivity");
    }

    private void awaitRecalculated() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode r = body(get(cityAdmin, "/api/points/rules")).get("recalculation");
            return r != null && r.has("finishedAt");
        });
    }

    private BigDecimal total(long member) {
        return body(get(cityAdmin, "/api/points/members/" + member)).get("total").decimalValue();
    }
}
