package org.dangjian.learning.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Lesson media: uploaded in parts (in any order, a part sent again replacing itself), typed by content and capped by
 * type on completion, named by a lesson of its kind, and played by range through an expiring signed link; an upload
 * never completed is dropped.
 */
class MediaTest extends LearningApiTest {
    private static final int PART = 256 * 1024;
    @Autowired
    MediaLibrary library;
    @Autowired
    ObjectStore store;

    @Test
    void a_video_uploaded_in_parts_out_of_order_plays_by_range_through_a_link_that_expires() {
        byte[] video = mp4(600_000);
        long media = upload(town1Admin, "第一讲.mp4", video, 3, 1, 2, 2);

        JsonNode done = ok(post(town1Admin, "/api/learning/media/" + media + "/complete", null));
        assertThat(done.get("status").asString()).isEqualTo("READY");
        assertThat(done.get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(done.get("partCount").asInt()).isEqualTo(3);
        assertThat(post(town1Admin, "/api/learning/media/" + media + "/complete", null)).hasStatus(409);

        JsonNode course = ok(post(town1Admin, "/api/learning/courses", courseWith("VIDEO", media)));
        assertThat(course.get("chapters").get(0).get("lessons").get(0).get("mediaId").asLong()).isEqualTo(media);
        ok(post(town1Admin, "/api/learning/courses/" + course.get("id").asString() + "/publish", null));
        long lesson = lessonId(course, 0);
        String member = memberToken(announceMember(branchA, "看视频的党员"), branchA);

        JsonNode link = ok(get(member, "/api/learning/lessons/" + lesson + "/media"));
        assertThat(link.get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(link.get("size").asLong()).isEqualTo(video.length);
        String url = link.get("url").asString();
        MvcTestResult seek = fetch(url, "bytes=300000-300999");
        assertThat(seek).hasStatus(206);
        assertThat(seek.getResponse().getHeader("Content-Range")).isEqualTo("bytes 300000-300999/600000");
        assertThat(seek.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 300_000, 301_000));
        assertThat(fetch(url, null).getResponse().getContentAsByteArray()).as("the parts joined in order").isEqualTo(video);
        assertThat(fetch(url.replace("/media/" + media + "/", "/media/" + (media + 1) + "/"), null).getResponse()
                .getStatus()).as("the signature names its file").isIn(403, 404);
        assertThat(fetch(url.replaceAll("signature=.", "signature=x"), null)).hasStatus(403);

        steps.advance(Duration.ofMinutes(31)); // the lesson lasts 10 minutes: its link works for 30
        assertThat(fetch(url, "bytes=0-9")).as("expired").hasStatus(403);
        String renewed = ok(get(member, "/api/learning/lessons/" + lesson + "/media")).get("url").asString();
        assertThat(fetch(renewed, "bytes=0-9")).hasStatus(206);
    }

    @Test
    void completing_with_parts_missing_names_them_and_a_part_of_the_wrong_size_or_number_is_refused() {
        byte[] video = mp4(4 * PART + 10);
        long media = start(town1Admin, "第二讲.mp4", video.length);
        assertThat(putPart(town1Admin, media, 1, Arrays.copyOfRange(video, 0, PART - 1))).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("LEARNING_MEDIA_PART_WRONG_SIZE");
        assertThat(putPart(town1Admin, media, 6, new byte[10])).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("LEARNING_MEDIA_PART_OUT_OF_RANGE");
        assertThat(putPart(town1Admin, media, 1, part(video, 1))).hasStatus(204);
        assertThat(putPart(town1Admin, media, 4, part(video, 4))).hasStatus(204);

        MvcTestResult early = post(town1Admin, "/api/learning/media/" + media + "/complete", null);
        assertThat(early).hasStatus(409);
        assertThat(body(early).get("code").asString()).isEqualTo("LEARNING_MEDIA_PARTS_MISSING");
        assertThat(body(early).get("detail").asString()).contains("2-3, 5");
        assertThat(ok(get(town1Admin, "/api/learning/media/" + media)).get("partsReceived").valueStream()
                .map(JsonNode::asInt)).as("where an interrupted upload resumes").containsExactly(1, 4);
        assertThat(get(town2Admin, "/api/learning/media/" + media)).as("another town's file").hasStatus(404);
        assertThat(putPart(town2Admin, media, 2, part(video, 2))).hasStatus(404);
    }

    @Test
    void a_script_named_mp4_is_not_played_and_each_type_has_its_size_cap() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        long disguised = upload(town1Admin, "讲座.mp4", script, 1);
        MvcTestResult refused = post(town1Admin, "/api/learning/media/" + disguised + "/complete", null);
        assertThat(refused).hasStatus(415);
        assertThat(body(refused).get("code").asString()).isEqualTo("LEARNING_MEDIA_NOT_PLAYABLE");

        byte[] book = pdf(1024 * 1024 + 1); // the PDF cap is 1 MB here
        long large = upload(town1Admin, "党章.pdf", book, 1, 2, 3, 4, 5);
        MvcTestResult tooLarge = post(town1Admin, "/api/learning/media/" + large + "/complete", null);
        assertThat(tooLarge).hasStatus(413);
        assertThat(body(tooLarge).get("code").asString()).isEqualTo("UPLOAD_TOO_LARGE");

        assertThat(post(town1Admin, "/api/learning/media", Map.of("fileName", "四小时.mp4", "size", 3L << 30)))
                .as("past the largest cap: refused before a byte is sent").hasStatus(413);
    }

    @Test
    void a_lesson_names_a_file_of_its_kind_that_its_administrator_manages() {
        long audio = upload(town1Admin, "讲话.mp3", mp3(1000), 1);
        ok(post(town1Admin, "/api/learning/media/" + audio + "/complete", null));
        long elsewhere = upload(town2Admin, "别处.mp4", mp4(1000), 1);
        ok(post(town2Admin, "/api/learning/media/" + elsewhere + "/complete", null));
        long unfinished = start(town1Admin, "未完成.mp4", 1000);

        assertField(post(town1Admin, "/api/learning/courses", courseWith("VIDEO", audio)), "文件类型与课的形式不符");
        assertField(post(town1Admin, "/api/learning/courses", courseWith("VIDEO", elsewhere)), "文件不存在");
        assertField(post(town1Admin, "/api/learning/courses", courseWith("VIDEO", unfinished)), "文件不存在");
        JsonNode course = ok(post(town1Admin, "/api/learning/courses", courseWith("AUDIO", audio)));
        assertThat(get(town1Admin, "/api/learning/media/" + audio + "/link")).hasStatus(200);
        assertThat(get(memberToken(announceMember(branchA, "草稿课"), branchA),
                "/api/learning/lessons/" + lessonId(course, 0) + "/media")).as("a draft is studied by no one").hasStatus(404);
    }

    @Test
    void an_upload_never_completed_is_dropped_with_its_parts_after_a_week() {
        byte[] video = mp4(3 * PART);
        long abandoned = upload(town1Admin, "放弃的上传.mp4", video, 1, 2);
        List<String> parts = jdbc.queryForList("SELECT object_key FROM media_part WHERE media_id = ?", String.class, abandoned);
        assertThat(parts).hasSize(2);

        assertThat(library.dropAbandoned(clock.instant().minus(Duration.ofDays(7)))).as("started just now").isZero();
        assertThat(library.dropAbandoned(clock.instant().plusSeconds(1))).isPositive();

        assertThat(get(town1Admin, "/api/learning/media/" + abandoned)).hasStatus(404);
        assertThat(parts).allSatisfy(key -> assertThat(store.size(key)).as("the part's object").isEmpty());
    }

    private void assertField(MvcTestResult result, String message) {
        assertThat(result).hasStatus(400);
        JsonNode error = body(result).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("chapters[0].lessons[0].mediaId");
        assertThat(error.get("message").asString()).startsWith(message);
    }

    private Map<String, Object> courseWith(String kind, long media) {
        return Map.of("title", "有音视频的课程", "orgId", town1, "chapters", List.of(Map.of("title", "第一讲",
                "releaseOn", today().toString(), "lessons", List.of(Map.of("title", "讲座", "kind", kind,
                        "durationSeconds", 600, "classHours", new BigDecimal("1.0"), "mediaId", media)))));
    }

    /** Starts an upload and sends the parts in the order given (a number twice: sent again). */
    private long upload(String token, String name, byte[] file, int... order) {
        long media = start(token, name, file.length);
        for (int n : order) {
            assertThat(putPart(token, media, n, part(file, n))).hasStatus(204);
        }
        return media;
    }

    private long start(String token, String name, long size) {
        JsonNode started = ok(post(token, "/api/learning/media", Map.of("fileName", name, "size", size)));
        assertThat(started.get("partSize").asInt()).isEqualTo(PART);
        return started.get("id").asLong();
    }

    private MvcTestResult putPart(String token, long media, int n, byte[] bytes) {
        return mvc.put().uri("/api/learning/media/" + media + "/parts/" + n)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(bytes).exchange();
    }

    /** What a player sends: no token, perhaps a range. */
    private MvcTestResult fetch(String url, String range) {
        var request = mvc.get().uri(url);
        if (range != null) {
            request = request.header(HttpHeaders.RANGE, range);
        }
        return request.exchange();
    }

    private static byte[] part(byte[] file, int n) {
        return Arrays.copyOfRange(file, (n - 1) * PART, Math.min(file.length, n * PART));
    }

    /** An MP4 as a phone records it: the ftyp box first, then media data. */
    static byte[] mp4(int size) {
        return withHead(size, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '2'});
    }

    static byte[] mp3(int size) {
        return withHead(size, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
    }

    static byte[] pdf(int size) {
        return withHead(size, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] withHead(int size, byte[] head) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
