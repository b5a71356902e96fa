package org.dangjian.learning;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * learning-service's API tests: the tree of the service testkit, a clock the tests move ahead (so heartbeats 15
 * seconds apart take no time), the flush every 100 ms, small media parts and caps, and helpers to lay out a course
 * and play a lesson.
 */
@Import(LearningApiTest.Clocks.class)
@TestPropertySource(properties = {"dj.learning.flush-every-ms=100", "dj.learning.exam-sweep-every-ms=100",
        // files of a few hundred kilobytes go in several parts, and a PDF's cap is reached without megabytes
        "dj.learning.media.part-size=256KB", "dj.learning.media.max-pdf=1MB"})
public abstract class LearningApiTest extends TreeApiTest {
    @Autowired
    protected SteppingClock steps;

    /** A published course of {@code org} with one released chapter of lessons lasting {@code seconds} each. */
    protected JsonNode publishedCourse(String adminToken, long org, int... seconds) {
        JsonNode course = ok(post(adminToken, "/api/learning/courses", course(org, today(), seconds)));
        return ok(post(adminToken, "/api/learning/courses/" + course.get("id").asString() + "/publish", null));
    }

    protected Map<String, Object> course(long org, LocalDate releaseOn, int... seconds) {
        List<Map<String, Object>> lessons = java.util.Arrays.stream(seconds).mapToObj(s -> Map.<String, Object>of(
                "title", "第" + s + "秒课", "kind", "VIDEO", "durationSeconds", s, "classHours", new BigDecimal("1.0")))
                .toList();
        return Map.of("title", "学习贯彻党的二十大精神", "orgId", org,
                "chapters", List.of(Map.of("title", "第一讲", "releaseOn", releaseOn.toString(), "lessons", lessons)));
    }

    protected static long lessonId(JsonNode course, int index) {
        return course.get("chapters").get(0).get("lessons").get(index).get("id").asLong();
    }

    /** One heartbeat {@code after} the previous one; returns the service's answer. */
    protected JsonNode beat(String member, long lesson, int position, boolean start, Duration after) {
        steps.advance(after);
        return ok(post(member, "/api/learning/lessons/" + lesson + "/heartbeats",
                Map.of("id", UUID.randomUUID().toString(), "position", position, "start", start)));
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        SteppingClock businessClock(@Value("${dj.time-zone:Asia/Shanghai}") ZoneId zone) {
            return new SteppingClock(zone, new AtomicReference<>(Duration.ZERO));
        }
    }
}
