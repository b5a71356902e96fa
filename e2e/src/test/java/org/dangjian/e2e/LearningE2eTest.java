package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The Party school through the gateway: a town publishes a course; a member of one of its branches studies a lesson
 * with real heartbeats in real time (a jump ahead and a second lesson playing at once earn nothing), resumes at the
 * saved position, completes the lesson and sees the class hours, and points-service counts them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Short enough to play in real time here; 90 % of it completes the lesson. */
    private static final int SHORT_LESSON_SECONDS = 8;
    private TransferTree tree;

    @BeforeAll
    void tree() {
        tree = new TransferTree(Platform.get());
    }

    @Test
    void aMemberStudiesALessonInRealTimeResumesCompletesItAndThePointsFollow() {
        String phone = TransferTree.phone();
        long member = tree.member("沈学文", LocalDate.of(1991, 3, 5), false, phone);
        Api.Session learner = MemberSignIn.session(tree, member, phone);
        JsonNode course = publishedCourse();
        long shortLesson = lesson(course, 0);
        long longLesson = lesson(course, 1);
        BigDecimal pointsBefore = pointsTotal(member);

        // a player that jumps ahead earns what the server's clock allows, not the jump
        assertThat(beat(learner, longLesson, 0, true).get("outcome").asString()).isEqualTo("STARTED");
        JsonNode jump = beat(learner, longLesson, 300, false);
        assertThat(jump.get("outcome").asString()).isEqualTo("CREDITED");
        assertThat(jump.get("creditedMs").asLong()).as("a jump of 300 s a moment after starting").isLessThan(10_000);
        // a second device playing another lesson at the same time earns nothing
        JsonNode parallel = beat(learner, shortLesson, 5, false);
        assertThat(parallel.get("outcome").asString()).isEqualTo("ANOTHER_LESSON_PLAYING");
        assertThat(parallel.get("creditedMs").asLong()).isZero();
        // the player opens the long lesson again where it was left
        assertThat(learner.get("/api/learning/lessons/" + longLesson + "/progress").body().get("position").asInt())
                .isEqualTo(300);

        // the short lesson, played for real: a heartbeat a second, at the position the seconds played say
        assertThat(beat(learner, shortLesson, 0, true).get("outcome").asString()).isEqualTo("STARTED");
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            int position = (int) Math.min(SHORT_LESSON_SECONDS, (System.nanoTime() - started) / 1_000_000_000L);
            beat(learner, shortLesson, position, false);
            return learner.get("/api/learning/lessons/" + shortLesson + "/progress").body().has("completedAt");
        });

        JsonNode hours = learner.get("/api/learning/members/" + member + "/class-hours").body();
        assertThat(hours.get("hours").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(hours.get("requiredHours").decimalValue()).isEqualByComparingTo("32");
        JsonNode mine = learner.get("/api/learning/my/courses/" + course.get("id").asString()).body();
        assertThat(mine.get("completedLessons").asInt()).isEqualTo(1);
        assertThat(mine.get("nextLessonId").asLong()).isEqualTo(longLesson);
        assertThat(tree.branchAAdmin.get("/api/learning/members/" + member + "/class-hours").status()).isEqualTo(200);
        assertThat(tree.branchCAdmin.get("/api/learning/members/" + member + "/class-hours").status())
                .as("another town's branch does not see the member").isEqualTo(404);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> pointsTotal(member).compareTo(pointsBefore) > 0);
        assertThat(tree.city.get("/api/points/members/" + member).body().get("entries").findValuesAsString("label"))
                .contains("学习学时");
    }

    @Test
    void aCourseIsStudiedOnlyInTheSubtreeItWasPublishedFor() {
        JsonNode course = publishedCourse();
        String id = course.get("id").asString();
        assertThat(tree.town2Admin.get("/api/learning/courses/" + id).status()).isEqualTo(404);
        assertThat(tree.city.get("/api/learning/courses").body().findValuesAsString("id")).contains(id);
        JsonNode listed = tree.town1Admin.get("/api/learning/courses").body();
        assertThat(listed.findValuesAsString("id")).contains(id);
    }

    /** Town 1 publishes a course for its branches: a short lesson and a half-hour one. */
    private JsonNode publishedCourse() {
        Map<String, Object> request = Map.of("title", "学习贯彻党的二十大精神", "orgId", String.valueOf(tree.town1),
                "chapters", List.of(Map.of("title", "第一讲", "releaseOn", LocalDate.now(CHINA).toString(),
                        "lessons", List.of(
                                Map.of("title", "党章第一章", "kind", "VIDEO", "durationSeconds", SHORT_LESSON_SECONDS,
                                        "classHours", new BigDecimal("1.0")),
                                Map.of("title", "中国式现代化", "kind", "VIDEO", "durationSeconds", 1800,
                                        "classHours", new BigDecimal("1.0"))))));
        Api.Reply created = tree.town1Admin.post("/api/learning/courses", request);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        Api.Reply published = tree.town1Admin.post("/api/learning/courses/" + created.body().get("id").asString()
                + "/publish", null);
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        return published.body();
    }

    private static long lesson(JsonNode course, int index) {
        return course.get("chapters").get(0).get("lessons").get(index).get("id").asLong();
    }

    private static JsonNode beat(Api.Session learner, long lesson, int position, boolean start) {
        Api.Reply reply = learner.post("/api/learning/lessons/" + lesson + "/heartbeats",
                Map.of("id", UUID.randomUUID().toString(), "position", position, "start", start));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.body();
    }

    /** The member's points this year; points-service learns the member from member-service's event first. */
    private BigDecimal pointsTotal(long member) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            reply[0] = tree.city.get("/api/points/members/" + member);
            return reply[0].status() == 200;
        });
        JsonNode total = reply[0].body().get("total");
        return total == null || total.isNull() ? BigDecimal.ZERO : total.decimalValue();
    }
}
