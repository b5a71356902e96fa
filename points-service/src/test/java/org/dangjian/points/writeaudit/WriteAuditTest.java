package org.dangjian.points.writeaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.audit.WriteAuditPruning;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * points-service had no audit of its writes (issue 16 item 12): now audit-kit records every write it answers, and
 * the city administrator and auditors read them per subtree.
 */
class WriteAuditTest extends TreeApiTest {
    private static final String AUDIT = "/api/points/write-audit";
    @Autowired
    private RankedMembers members;
    @Autowired
    private WriteAuditPruning pruning;

    @Test
    void everyWriteIsOnRecordWithWhoWhatFromWhereAndTheOutcome() {
        long activity = recordActivity();
        MvcTestResult refused = post(branchBAdmin, "/api/points/activities", activityOf(branchA, List.of()));
        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);

        JsonNode mine = ok(get(cityAdmin, AUDIT + "?username=admin-" + branchA)).get("items").get(0);
        assertThat(mine.get("method").asString()).isEqualTo("POST");
        assertThat(mine.get("route").asString()).isEqualTo("/api/points/activities");
        assertThat(mine.get("status").asInt()).isEqualTo(201);
        assertThat(mine.get("outcome").asString()).isEqualTo("OK");
        assertThat(mine.get("actorOrgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(mine.get("clientIp").asString()).isNotBlank();
        assertThat(mine.toString()).as("no request body is kept").doesNotContain("主题党日");
        assertThat(activity).isPositive();

        JsonNode theirs = ok(get(cityAdmin, AUDIT + "?outcome=REFUSED&username=admin-" + branchB)).get("items").get(0);
        assertThat(theirs.get("status").asInt()).isEqualTo(refused.getResponse().getStatus());
        assertThat(theirs.get("outcome").asString()).isEqualTo("REFUSED");
    }

    @Test
    void anAuditorSeesTheWritesOfTheirSubtreeOnly() {
        recordActivity();
        String town1Auditor = auditorToken(town1, pathOf(town1));
        String town2Auditor = auditorToken(town2, pathOf(town2));

        assertThat(ok(get(town1Auditor, AUDIT)).get("items").findValuesAsString("actorUsername"))
                .contains("admin-" + branchA);
        assertThat(ok(get(town2Auditor, AUDIT)).get("items").findValuesAsString("actorUsername"))
                .doesNotContain("admin-" + branchA);
        MvcTestResult elsewhere = get(town2Auditor, AUDIT + "?orgId=" + town1);
        assertThat(elsewhere).hasStatus(404);
        assertThat(body(elsewhere).get("code").asString()).isEqualTo("AUDIT_ORG_NOT_FOUND");
        assertThat(get(branchAAdmin, AUDIT)).as("an administrator is not an auditor").hasStatus(403);
        assertThat(ok(get(cityAdmin, AUDIT + "?orgId=" + branchA)).get("items").findValuesAsString("actorUsername"))
                .containsOnly("admin-" + branchA);
    }

    @Test
    void rowsPastTheRetentionPeriodAreDeletedAndLaterOnesKept() {
        String actor = "prune-" + nextId();
        LocalDateTime now = LocalDateTime.now(clock);
        for (LocalDateTime at : List.of(now.minusDays(401), now.minusDays(399))) {
            jdbc.update("INSERT INTO dj_write_audit (at, actor_username, method, path, status) VALUES (?, ?, 'POST', '/x', 200)",
                    at, actor);
        }

        pruning.prune();

        assertThat(jdbc.queryForList("SELECT at FROM dj_write_audit WHERE actor_username = ?", LocalDateTime.class, actor))
                .singleElement().satisfies(at -> assertThat(at).isAfter(now.minusDays(400)));
    }

    private long recordActivity() {
        long m = members.ranked(announceMember(branchA, "沈梅"));
        return body(post(branchAAdmin, "/api/points/activities", activityOf(branchA,
                List.of(Map.of("memberId", m, "presence", "PRESENT"))))).get("id").asLong();
    }

    private Map<String, Object> activityOf(long branch, List<Map<String, Object>> attendance) {
        return Map.of("orgId", branch, "type", "THEME_DAY", "date", today().toString(), "topic", "主题党日",
                "attendance", attendance);
    }
}
