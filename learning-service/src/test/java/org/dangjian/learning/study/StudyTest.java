package org.dangjian.learning.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A member studies: heartbeats earn what was really played, progress resumes, a lesson completes once. */
class StudyTest extends LearningApiTest {
    private static final Duration BEAT = Duration.ofSeconds(15);

    @Test
    void a_member_resumes_where_they_left_off_and_a_lesson_completes_once_at_ninety_percent() {
        long m = announceMember(branchA, "学习者");
        String member = memberToken(m, branchA);
        JsonNode course = publishedCourse(town1Admin, town1, 100);
        long lesson = lessonId(course, 0);

        assertThat(beat(member, lesson, 0, true, Duration.ZERO).get("outcome").asString()).isEqualTo("STARTED");
        JsonNode credited = beat(member, lesson, 15, false, BEAT);
        assertThat(credited.get("outcome").asString()).isEqualTo("CREDITED");
        assertThat(credited.get("creditedMs").asLong()).isEqualTo(15_000);
        beat(member, lesson, 30, false, BEAT);

        awaitEffect(() -> progress(member, lesson).get("playedSeconds").asInt() == 30);
        JsonNode resume = progress(member, lesson);
        assertThat(resume.get("position").asInt()).as("resume where the player was").isEqualTo(30);
        assertThat(resume.get("percent").asInt()).isEqualTo(30);
        assertThat(resume.has("completedAt")).isFalse();

        beat(member, lesson, 30, true, Duration.ofMinutes(5));
        for (int position = 45; position <= 90; position += 15) {
            beat(member, lesson, position, false, BEAT);
        }
        awaitEffect(() -> progress(member, lesson).has("completedAt"));
        assertThat(progress(member, lesson).get("percent").asInt()).isEqualTo(90);
        beat(member, lesson, 100, false, BEAT);
        awaitEffect(() -> progress(member, lesson).get("percent").asInt() == 100);

        assertThat(outboxCount(LearningHoursEarned.TYPE, m)).as("class hours announced once").isEqualTo(1);
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1);
        JsonNode hours = ok(get(member, "/api/learning/members/" + m + "/class-hours"));
        assertThat(hours.get("hours").decimalValue()).isEqualByComparingTo("1.0");
        JsonNode mine = ok(get(member, "/api/learning/my/courses/" + course.get("id").asString()));
        assertThat(mine.get("completedLessons").asInt()).isEqualTo(1);
        assertThat(mine.has("nextLessonId")).as("nothing left to study").isFalse();
    }

    @Test
    void heartbeats_are_left_off_the_write_audit_while_the_course_they_play_is_on_it() {
        long m = announceMember(branchA, "心跳");
        String member = memberToken(m, branchA);
        JsonNode course = publishedCourse(town1Admin, town1, 60);
        long lesson = lessonId(course, 0);
        beat(member, lesson, 0, true, Duration.ZERO);
        beat(member, lesson, 15, false, Duration.ofSeconds(15));

        assertThat(count("SELECT COUNT(*) FROM dj_write_audit WHERE path = ?", "/api/learning/lessons/" + lesson + "/heartbeats"))
                .as("a player's telemetry, on record through what it earns").isZero();
        assertThat(count("SELECT COUNT(*) FROM dj_write_audit WHERE path = ?",
                "/api/learning/courses/" + course.get("id").asString() + "/publish")).isEqualTo(1);
    }

    @Test
    void playing_too_fast_earns_only_what_the_server_clock_allows() {
        long m = announceMember(branchA, "快进者");
        String member = memberToken(m, branchA);
        long lesson = lessonId(publishedCourse(town1Admin, town1, 1800), 0);

        beat(member, lesson, 0, true, Duration.ZERO);
        JsonNode jump = beat(member, lesson, 1200, false, Duration.ofSeconds(10));
        assertThat(jump.get("creditedMs").asLong()).as("10 s of server time at 1.25× (and the real milliseconds between)")
                .isBetween(12_500L, 13_750L);
        awaitEffect(() -> progress(member, lesson).get("position").asInt() == 1200);
        awaitEffect(() -> progress(member, lesson).get("playedSeconds").asInt() == 12);
    }

    @Test
    void a_second_device_playing_another_lesson_earns_nothing() {
        long m = announceMember(branchA, "两台手机");
        String member = memberToken(m, branchA);
        JsonNode course = publishedCourse(town1Admin, town1, 600, 600);
        long first = lessonId(course, 0);
        long second = lessonId(course, 1);

        beat(member, first, 0, true, Duration.ZERO);
        beat(member, first, 15, false, BEAT);
        JsonNode other = beat(member, second, 15, false, Duration.ofSeconds(1));
        assertThat(other.get("outcome").asString()).isEqualTo("ANOTHER_LESSON_PLAYING");
        assertThat(other.get("creditedMs").asLong()).isZero();
        assertThat(other.get("playingLessonId").asLong()).isEqualTo(first);
        assertThat(beat(member, first, 30, false, Duration.ofSeconds(14)).get("creditedMs").asLong())
                .as("the first lesson goes on earning").isEqualTo(15_000);
    }

    @Test
    void a_retried_heartbeat_counts_once() {
        long m = announceMember(branchA, "网络不好");
        String member = memberToken(m, branchA);
        long lesson = lessonId(publishedCourse(town1Admin, town1, 600), 0);
        beat(member, lesson, 0, true, Duration.ZERO);
        steps.advance(BEAT);
        Map<String, Object> heartbeat = Map.of("id", UUID.randomUUID().toString(), "position", 15);
        String uri = "/api/learning/lessons/" + lesson + "/heartbeats";
        assertThat(ok(post(member, uri, heartbeat)).get("outcome").asString()).isEqualTo("CREDITED");
        JsonNode again = ok(post(member, uri, heartbeat));
        assertThat(again.get("outcome").asString()).isEqualTo("REPEATED");
        assertThat(again.get("creditedMs").asLong()).isZero();
        awaitEffect(() -> progress(member, lesson).get("playedSeconds").asInt() == 15);
    }

    @Test
    void a_lesson_is_studied_only_by_the_members_it_was_published_for_once_its_chapter_is_released() {
        long inTown2 = announceMember(branchC, "别的镇");
        long lesson = lessonId(publishedCourse(town1Admin, town1, 600), 0);
        assertThat(post(memberToken(inTown2, branchC), "/api/learning/lessons/" + lesson + "/heartbeats",
                Map.of("id", UUID.randomUUID().toString(), "position", 0))).hasStatus(404);

        long m = announceMember(branchA, "等推送");
        JsonNode later = ok(post(town1Admin, "/api/learning/courses", course(town1, today().plusDays(7), 600)));
        ok(post(town1Admin, "/api/learning/courses/" + later.get("id").asString() + "/publish", null));
        long notYet = lessonId(later, 0);
        assertThat(get(memberToken(m, branchA), "/api/learning/lessons/" + notYet + "/progress")).hasStatus(404);
        JsonNode listed = ok(get(memberToken(m, branchA), "/api/learning/my/courses/" + later.get("id").asString()));
        assertThat(listed.get("course").get("chapters").get(0).get("released").asBoolean()).isFalse();
    }

    @Test
    void an_account_without_a_member_record_keeps_no_study_progress() {
        long lesson = lessonId(publishedCourse(town1Admin, town1, 600), 0);
        assertThat(post(branchAAdmin, "/api/learning/lessons/" + lesson + "/heartbeats",
                Map.of("id", UUID.randomUUID().toString(), "position", 0))).hasStatus(403);
    }

    private JsonNode progress(String member, long lesson) {
        return ok(get(member, "/api/learning/lessons/" + lesson + "/progress"));
    }
}
