package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Points through the gateway: a meeting's attendance counts once however often the request is retried,
 * a rule change recalculates totals, and the platform's flagship flow: a transfer completed in
 * transfer-service makes notify-service record the member's SMS and points-service rank the member in the
 * new branch and no longer in the old.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private TransferTree tree;

    @BeforeAll
    void tree() {
        tree = new TransferTree(Platform.get());
    }

    @Test
    void aMeetingRetriedWithItsIdempotencyKeyCountsOnceAndARuleChangeRecalculates() {
        long member = tree.member("俞敏", LocalDate.of(1990, 4, 2), false);
        BigDecimal base = total(member);
        Map<String, Object> meeting = meeting(member, "PARTY_LECTURE");
        Api.Reply first = recordOnce(meeting, "lecture-" + member);
        Api.Reply retried = recordOnce(meeting, "lecture-" + member);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonNode rules = tree.city.get("/api/points/rules").body().get("rules");
        BigDecimal lecture = rules.get("perActivity").get("PARTY_LECTURE").decimalValue();
        assertThat(total(member)).isEqualByComparingTo(base.add(lecture));
        assertThat(statement(member).get("entries")).hasSize(1);

        Map<String, Object> changed = new HashMap<>(Api.JSON.convertValue(rules, Map.class));
        changed.put("base", rules.get("base").decimalValue().add(BigDecimal.TEN));
        try {
            Api.Reply put = tree.api.send("PUT", "/api/points/rules", changed, tree.city.accessToken(), Map.of());
            assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> total(member).compareTo(base.add(lecture).add(BigDecimal.TEN)) == 0);
        } finally {
            tree.city.get("/api/auth/me");
            tree.api.send("PUT", "/api/points/rules", Api.JSON.convertValue(rules, Map.class),
                    tree.city.accessToken(), Map.of());
        }
    }

    @Test
    void aCompletedTransferTextsTheMemberAndMovesTheirRankToTheNewBranch() {
        String phone = TransferTree.phone();
        long member = tree.member("顾晓东", LocalDate.of(1983, 8, 20), true, phone);
        assertThat(recordOnce(meeting(member, "THEME_DAY"), "theme-" + member).status()).isEqualTo(201);
        BigDecimal score = total(member);
        showRankings(tree.branchA);
        showRankings(tree.branchC);
        assertThat(rankedIn(tree.branchA)).contains(String.valueOf(member));

        Api.Reply registered = TransferTree.register(tree.branchAAdmin, TransferTree.inCity(member, tree.branchC));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        long id = registered.body().get("id").asLong();
        assertThat(tree.town1Admin.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意")).status()).isEqualTo(200);
        assertThat(tree.town2Admin.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意")).status()).isEqualTo(200);
        Api.Reply arrived = tree.branchCAdmin.post("/api/transfers/" + id + "/arrive", Map.of("comment", "已报到"));
        assertThat(TransferTree.status(arrived.body())).isEqualTo("COMPLETED");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> rankedIn(tree.branchC).contains(String.valueOf(member)));
        assertThat(rankedIn(tree.branchA)).doesNotContain(String.valueOf(member));
        JsonNode inNewBranch = tree.branchCAdmin.get("/api/points/members/" + member).body();
        assertThat(inNewBranch.get("total").decimalValue()).as("the score goes with the member").isEqualByComparingTo(score);
        assertThat(inNewBranch.get("orgId").asLong()).isEqualTo(tree.branchC);
        assertThat(tree.branchAAdmin.get("/api/points/members/" + member).status()).isEqualTo(404);

        JsonNode[] sms = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            sms[0] = tree.city.get("/api/notifications/messages?kind=TRANSFER_COMPLETED&recipient=" + phone).body();
            return sms[0].get("total").asInt() >= 1;
        });
        assertThat(sms[0].get("total").asInt()).as("exactly one SMS to the member").isEqualTo(1);
        assertThat(sms[0].get("items").get(0).get("text").asString()).contains("顾晓东");
    }

    @Test
    void duesFollowThe2008BracketsOnTheWholeBaseAtEveryEdge() {
        long member = tree.member("石磊", LocalDate.of(1975, 1, 9), true);
        int year = LocalDate.now(CHINA).getYear();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("EMPLOYED:3000.00", "15.00");
        expected.put("EMPLOYED:3000.01", "30.00");
        expected.put("EMPLOYED:5000.00", "50.00");
        expected.put("EMPLOYED:5000.01", "75.00");
        expected.put("EMPLOYED:10000.00", "150.00");
        expected.put("EMPLOYED:10000.01", "200.00");
        expected.put("RETIRED:5000.00", "25.00");
        expected.put("RETIRED:5000.01", "50.00");
        expected.put("FARMER:0.50", "0.50");
        expected.put("STUDENT:0", "0.20");
        expected.forEach((groupAndBase, amount) -> {
            String[] parts = groupAndBase.split(":");
            Api.Reply[] reply = new Api.Reply[1];
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                reply[0] = tree.branchAAdmin.post("/api/points/dues/bases", Map.of("memberId", String.valueOf(member),
                        "year", year, "group", parts[0], "base", new BigDecimal(parts[1])));
                return reply[0].status() != 404;
            });
            assertThat(reply[0].status()).as(groupAndBase + ": " + reply[0].raw().body()).isIn(200, 201);
            assertThat(reply[0].body().get("monthlyAmount").decimalValue()).as(groupAndBase)
                    .isEqualByComparingTo(new BigDecimal(amount));
        });
    }

    private Map<String, Object> meeting(long member, String type) {
        return Map.of("orgId", String.valueOf(tree.branchA), "type", type, "date", LocalDate.now(CHINA).toString(),
                "topic", "学习党章", "attendance", List.of(Map.of("memberId", String.valueOf(member), "presence", "PRESENT")));
    }

    /** Records an activity with an Idempotency-Key, waiting while points-service has not yet heard of the member. */
    private Api.Reply recordOnce(Map<String, Object> meeting, String key) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            tree.branchAAdmin.get("/api/auth/me");
            reply[0] = tree.api.send("POST", "/api/points/activities", meeting, tree.branchAAdmin.accessToken(),
                    Map.of("Idempotency-Key", key));
            return reply[0].status() != 400 && reply[0].status() != 404;
        });
        return reply[0];
    }

    private JsonNode statement(long member) {
        return tree.city.get("/api/points/members/" + member).body();
    }

    private BigDecimal total(long member) {
        JsonNode[] s = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            s[0] = statement(member);
            return s[0].has("total") && !s[0].get("total").isNull();
        });
        return s[0].get("total").decimalValue();
    }

    /** Rankings are shown nowhere until an organisation turns them on (fingertip formalism). */
    private void showRankings(long org) {
        Api.Reply shown = tree.api.send("PUT", "/api/points/rankings/visibility",
                Map.of("orgId", String.valueOf(org), "shown", true), tree.city.accessToken(), Map.of());
        assertThat(shown.status()).as(shown.raw().body()).isEqualTo(200);
    }

    private List<String> rankedIn(long branch) {
        return tree.city.get("/api/points/rankings?orgId=" + branch + "&size=200").body().get("top")
                .findValuesAsString("memberId");
    }
}
