package org.dangjian.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Heartbeats at the rate a city's evening study makes them: {@value #LEARNERS} members each playing a lesson, a
 * heartbeat each every 15 seconds (the test clock moves 15 s between rounds, so {@value #ROUNDS} rounds take no real
 * time), sent by {@value #THREADS} threads through the HTTP layer (security, validation, JSON) with MockMvc: the
 * service alone, with Redis and the flush to MySQL running. Prints heartbeats per second and the latency
 * percentiles, then waits for the flush and checks that no learner lost a second (each must have exactly the rounds
 * × 15 s credited). Asserts no timing. Run:
 * {@code ./mvnw -B -o test -pl learning-service -Dtest=HeartbeatBenchmark -Ddj.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
@TestPropertySource(properties = "logging.level.root=WARN")
class HeartbeatBenchmark extends LearningApiTest {
    private static final int LEARNERS = 1_000;
    private static final int ROUNDS = 20;
    private static final int THREADS = 8;
    private static final int STEP_SECONDS = 15;

    @Test
    void heartbeatsPerSecondWithNoLostProgress() throws Exception {
        long lesson = lessonId(publishedCourse(town1Admin, town1, 3600), 0);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            tokens.add(memberToken(nextId(), branchA));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        // round 0 starts play; warm-up is that round and the first two
        long measuredFrom = 0;
        int measured = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            if (round == 3) {
                measuredFrom = System.nanoTime();
            }
            int position = round * STEP_SECONDS;
            boolean start = round == 0;
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                sent.add(pool.submit(() -> {
                    for (int i = thread; i < LEARNERS; i += THREADS) {
                        long began = System.nanoTime();
                        JsonNode answer = ok(post(tokens.get(i), "/api/learning/lessons/" + lesson + "/heartbeats",
                                Map.of("id", UUID.randomUUID().toString(), "position", position, "start", start)));
                        synchronized (latency) {
                            latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
                        }
                        if (!start && !"CREDITED".equals(answer.get("outcome").asString())) {
                            throw new AssertionError("heartbeat not credited: " + answer);
                        }
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            if (round >= 3) {
                measured += LEARNERS;
            }
            if (round == 2) {
                latency.reset();
            }
            steps.advance(Duration.ofSeconds(STEP_SECONDS));
        }
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        pool.shutdown();
        System.out.printf("%n[bench] heartbeats, service alone (MockMvc, %d threads, %d learners): %.0f heartbeats/s "
                        + "over %d; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", THREADS, LEARNERS, measured / seconds, measured,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0);

        long flushStarted = System.nanoTime();
        long expectedMs = (long) ROUNDS * STEP_SECONDS * 1000;
        awaitEffect(() -> count("SELECT COUNT(*) FROM lesson_progress WHERE lesson_id = ? AND credited_ms = ?", lesson,
                expectedMs) == LEARNERS);
        System.out.printf("[bench] flush caught up %d ms after the last heartbeat; every learner has %d s credited%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - flushStarted), expectedMs / 1000);
        assertThat(count("SELECT COUNT(*) FROM lesson_progress WHERE lesson_id = ? AND credited_ms <> ?", lesson,
                expectedMs)).as("learners with progress lost or doubled").isZero();
    }
}
