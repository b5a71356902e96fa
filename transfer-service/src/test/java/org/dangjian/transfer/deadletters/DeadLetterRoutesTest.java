package org.dangjian.transfer.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 18: the city administrator lists the events transfer-service gave up on and replays one; nobody
 * else may, and a replay happens once.
 */
class DeadLetterRoutesTest extends TreeApiTest {
    private static final String ROUTES = "/api/transfers/dead-letters";

    /** A dues payment another service could not have written: a member id that is no number. */
    record UnreadableDuesPaid(String memberId, String subject) implements IntegrationEvent {
        @Override
        public String eventType() {
            return PointsDuesPaid.TYPE;
        }

        @Override
        public String eventTopic() {
            return Topics.POINTS;
        }

        @Override
        public String eventSubject() {
            return subject;
        }
    }

    private JsonNode deadLetterOf(String key, boolean open) {
        return find(open, item -> key.equals(item.get("key").asString()));
    }

    private JsonNode find(boolean open, java.util.function.Predicate<JsonNode> match) {
        for (JsonNode item : ok(get(cityAdmin, ROUTES + "?size=100&open=" + open)).get("items")) {
            if (match.test(item)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void theCityAdministratorSeesAPoisonEventAndReplaysItOnce() {
        String key = "poison-" + nextId();
        publish(new UnreadableDuesPaid("not-a-number", key));
        awaitEffect(() -> deadLetterOf(key, true) != null);

        JsonNode dead = deadLetterOf(key, true);
        assertThat(dead.get("eventType").asString()).isEqualTo(PointsDuesPaid.TYPE);
        assertThat(dead.get("topic").asString()).isEqualTo(Topics.POINTS);
        assertThat(dead.get("error").asString()).contains("not-a-number").contains("memberId");
        assertThat(dead.has("payload")).as("the payload may hold personal data").isFalse();
        String id = dead.get("id").asString();

        JsonNode replayed = ok(post(cityAdmin, ROUTES + "/" + id + "/replay", null));
        assertThat(replayed.get("replayedAt")).isNotNull();
        assertThat(find(false, item -> id.equals(item.get("id").asString())).get("replayedAt")).isNotNull();
        assertThat(find(true, item -> id.equals(item.get("id").asString()))).as("no longer open").isNull();
        var again = post(cityAdmin, ROUTES + "/" + id + "/replay", null);
        assertThat(again).hasStatus(409);
        assertThat(body(again).get("code").asString()).isEqualTo("DEAD_LETTER_ALREADY_REPLAYED");
        // Still unreadable: the replay fails again and is listed as a new, open dead letter.
        awaitEffect(() -> deadLetterOf(key, true) != null);
        assertThat(deadLetterOf(key, true).get("id").asString()).isNotEqualTo(id);
    }

    @Test
    void onlyTheCityAdministratorSeesOrReplaysDeadLetters() {
        assertThat(get(town1Admin, ROUTES)).hasStatus(403);
        assertThat(get(auditorToken(root, pathOf(root)), ROUTES)).hasStatus(403);
        assertThat(post(branchAAdmin, ROUTES + "/1/replay", null)).hasStatus(403);
        var unknown = post(cityAdmin, ROUTES + "/999999999/replay", null);
        assertThat(unknown).hasStatus(404);
        assertThat(body(unknown).get("code").asString()).isEqualTo("DEAD_LETTER_NOT_FOUND");
    }
}
