package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The Party school through the gateway: a town publishes a course; a member of one of its branches studies a lesson
 * with real heartbeats in real time (a jump ahead and a second lesson playing at once earn nothing), resumes at the
 * saved position, completes the lesson and sees the class hours, and points-service counts them. A lecture's video,
 * uploaded in parts, plays by range through its signed link.
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

        JsonNode bulletin = tree.town1Admin.get("/api/learning/bulletin?orgId=" + tree.town1).body();
        assertThat(bulletin.get("total").get("studying").asInt()).as("the town's bulletin counts the member").isPositive();
        assertThat(bulletin.get("rows").findValuesAsString("orgId")).contains(String.valueOf(tree.branchA));

        // who studied most: hidden until the town turns rankings on in points-service, which learning-service follows
        assertThat(learner.get("/api/learning/leaderboard?orgId=" + tree.town1).body().get("shown").asBoolean()).isFalse();
        Api.Reply on = tree.town1Admin.call("PUT", "/api/points/rankings/visibility",
                Map.of("orgId", String.valueOf(tree.town1), "shown", true));
        assertThat(on.status()).as(on.raw().body()).isEqualTo(200);
        JsonNode[] board = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            board[0] = learner.get("/api/learning/leaderboard?orgId=" + tree.town1).body();
            return board[0].get("shown").asBoolean();
        });
        assertThat(board[0].get("me").get("rank").asLong()).isEqualTo(1);
        assertThat(board[0].get("me").get("hours").decimalValue()).isEqualByComparingTo("1.0");

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

    @Test
    void aLecturesVideoUploadedInPartsThroughTheGatewayPlaysByRangeForAMemberWithoutAToken() throws Exception {
        byte[] video = new byte[12 * 1024 * 1024 + 12_345]; // past the gateway's 10 MB body limit: parts it is
        new Random(42).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '2'}, 0, video, 0, 24);
        Api.Reply started = tree.town1Admin.post("/api/learning/media", Map.of("fileName", "专家讲座.mp4",
                "size", String.valueOf(video.length), "orgId", String.valueOf(tree.town1)));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String media = started.body().get("id").asString();
        int partSize = started.body().get("partSize").asInt();
        int parts = started.body().get("partCount").asInt();
        assertThat(parts).isEqualTo(3);
        for (int n = parts; n >= 1; n--) { // any order
            byte[] part = Arrays.copyOfRange(video, (n - 1) * partSize, Math.min(video.length, n * partSize));
            Api.Reply sent = tree.town1Admin.putBytes("/api/learning/media/" + media + "/parts/" + n, part);
            assertThat(sent.status()).as(sent.raw().body()).isEqualTo(204);
        }
        Api.Reply complete = tree.town1Admin.post("/api/learning/media/" + media + "/complete", null);
        assertThat(complete.status()).as(complete.raw().body()).isEqualTo(200);
        assertThat(complete.body().get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(tree.town1Admin.get("/api/learning/media").body().findValuesAsString("id")).contains(media);
        assertThat(tree.town1Admin.get("/api/learning/media/" + media).body().get("status").asString()).isEqualTo("READY");
        assertThat(tree.town2Admin.get("/api/learning/media/" + media).status()).as("another town's file").isEqualTo(404);
        assertThat(tree.town1Admin.get("/api/learning/media/" + media + "/link").body().get("url").asString())
                .contains("/api/learning/media/" + media + "/content?expires=");

        Api.Reply created = tree.town1Admin.post("/api/learning/courses", Map.of("title", "专家讲座",
                "orgId", String.valueOf(tree.town1), "chapters", List.of(Map.of("title", "讲座", "releaseOn",
                        LocalDate.now(CHINA).toString(), "lessons", List.of(Map.of("title", "基层治理", "kind", "VIDEO",
                                "durationSeconds", 3600, "classHours", new BigDecimal("1.0"), "mediaId", media))))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String course = created.body().get("id").asString();
        assertThat(tree.town1Admin.post("/api/learning/courses/" + course + "/publish", null).status()).isEqualTo(200);

        String phone = TransferTree.phone();
        long member = tree.member("顾听讲", LocalDate.of(1985, 6, 1), false, phone);
        Api.Session learner = MemberSignIn.session(tree, member, phone);
        JsonNode link = learner.get("/api/learning/lessons/" + lesson(created.body(), 0) + "/media").body();
        String url = Platform.get().gateway() + link.get("url").asString();

        // the player: no token, a range where the member seeks to
        HttpClient player = HttpClient.newHttpClient();
        HttpResponse<byte[]> seek = player.send(HttpRequest.newBuilder(URI.create(url))
                .header("Range", "bytes=10000000-10000999").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(seek.statusCode()).isEqualTo(206);
        assertThat(seek.headers().firstValue("Content-Range")).hasValue("bytes 10000000-10000999/" + video.length);
        assertThat(seek.body()).isEqualTo(Arrays.copyOfRange(video, 10_000_000, 10_001_000));
        HttpResponse<byte[]> whole = player.send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).as("the parts joined in order, through the gateway").isEqualTo(video);
        String forged = url.replaceFirst("expires=\\d+", "expires=" + (System.currentTimeMillis() / 1000 + 86_400 * 365));
        assertThat(player.send(HttpRequest.newBuilder(URI.create(forged)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("a link made to last").isEqualTo(403);
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
