package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the city administrator reads of every service through the gateway (issue 16 items 12–14): its record of writes,
 * its dead letters, its field encryption (with a re-encryption that finds nothing to move on a new city) and how long
 * it keeps each kind of personal data (uploads too: transfer-service's scans of outside letters, points-service's
 * photos of organisational life).
 */
class OperatorRoutesE2eTest {
    private static final List<String> AREAS = List.of("orgs", "members", "transfers", "points", "notifications",
            "recruitment");
    private static final List<String> ENCRYPTED = List.of("orgs", "members", "recruitment", "notifications");
    /** Every service with privacy-kit: its kinds of personal data kept for a period, reads of clear numbers among them. */
    private static final List<String> RETAINED = List.of("orgs", "members", "recruitment", "notifications", "transfers",
            "points");

    @Test
    void everyServiceShowsItsWritesDeadLettersEncryptionAndRetention() {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        Api.Reply created = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "周庄镇党委",
                "type", "COMMITTEE", "category", "TOWN"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

        JsonNode writes = city.get("/api/orgs/write-audit?username=admin&outcome=OK").body();
        assertThat(writes.get("items").findValuesAsString("path")).as("the organisation just created").contains("/api/orgs");
        for (String area : AREAS) {
            assertThat(city.get("/api/" + area + "/write-audit").status()).as(area).isEqualTo(200);
            assertThat(city.get("/api/" + area + "/dead-letters").status()).as(area).isEqualTo(200);
        }

        for (String area : ENCRYPTED) {
            JsonNode status = city.get("/api/" + area + "/encryption").body();
            assertThat(status.get("active").asString()).as(area).isEqualTo("k1");
            Api.Reply started = city.post("/api/" + area + "/encryption/reencrypt", Map.of());
            assertThat(started.status()).as(area + ": " + started.raw().body()).isIn(202, 409);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode now = city.get("/api/" + area + "/encryption").body();
                return !now.get("running").asBoolean();
            });
            JsonNode done = city.get("/api/" + area + "/encryption").body();
            assertThat(done.get("tables").findValues("remaining")).as(area + ": everything under k1")
                    .allSatisfy(remaining -> assertThat(remaining.asLong()).isZero());
        }

        for (String area : RETAINED) {
            JsonNode kinds = city.get("/api/" + area + "/retention").body();
            assertThat(kinds.findValuesAsString("kind")).as(area).contains("SENSITIVE_READ_AUDIT");
        }
        assertThat(city.get("/api/notifications/retention").body().findValuesAsString("period"))
                .as("messages a year, reads of clear numbers three").contains("P1Y", "P3Y");
        assertThat(periodOf(city, "transfers", "OUTSIDE_LETTER_SCAN")).as("outside letters' scans").isEqualTo("P3Y");
        assertThat(periodOf(city, "points", "ACTIVITY_PHOTO")).as("photos of organisational life").isEqualTo("P5Y");
        assertThat(periodOf(city, "members", "FORMER_MEMBER")).as("members who left or died").isEqualTo("P10Y");
    }

    private static String periodOf(Api.Session city, String area, String kind) {
        for (JsonNode k : city.get("/api/" + area + "/retention").body()) {
            if (kind.equals(k.get("kind").asString())) {
                return k.get("period").asString();
            }
        }
        throw new AssertionError(area + " lists no " + kind);
    }
}
