package org.dangjian.learning.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The nearby search among a city's venues: {@value #VENUES} venues (one per organisation of a Kunshan-sized city)
 * spread over the city's 30 × 30 km, then {@value #SEARCHES} searches from random points (3 km, the nearest 20)
 * through the HTTP layer (security, JSON) with MockMvc, one after another. Prints the latency percentiles; asserts
 * only that every search found something, never a time. Run:
 * {@code ./mvnw -B -o test -pl learning-service -Dtest=NearbyBenchmark -Ddj.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "dj.bench", matches = "true")
@TestPropertySource(properties = "logging.level.root=WARN")
class NearbyBenchmark extends LearningApiTest {
    private static final int VENUES = 4_300;
    private static final int WARM_UP = 500;
    private static final int SEARCHES = 3_000;
    /** Kunshan's box, GCJ-02. */
    private static final double SOUTH = 31.25;
    private static final double WEST = 120.85;
    private static final double SPAN = 0.27;

    @Autowired
    NearbyVenues nearby;

    @Test
    void nearbySearchAmongACitysVenues() {
        Random random = new Random(42);
        for (int i = 0; i < VENUES; i++) {
            nearby.apply(new OrgVenueUpdated(branchA, pathOf(branchA), nextId(), "党员活动室" + i, "昆山市",
                    coordinate(SOUTH, random), coordinate(WEST, random), false));
        }
        String member = memberToken(announceMember(branchA, "找阵地的党员"), branchA);
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        long found = 0;
        long started = 0;
        for (int i = 0; i < WARM_UP + SEARCHES; i++) {
            if (i == WARM_UP) {
                latency.reset();
                started = System.nanoTime();
            }
            long began = System.nanoTime();
            JsonNode venues = ok(get(member, "/api/learning/nearby/venues?latitude=" + coordinate(SOUTH, random)
                    + "&longitude=" + coordinate(WEST, random) + "&radius=3000&count=20"));
            latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began));
            found += i >= WARM_UP ? venues.size() : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[bench] nearby search among %d venues (MockMvc, one thread, 3 km, nearest 20): %.0f searches/s;"
                        + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %.1f venues found per search%n", VENUES, SEARCHES / seconds,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, (double) found / SEARCHES);
        assertThat(found).as("venues found in all").isPositive();
    }

    private static BigDecimal coordinate(double from, Random random) {
        return BigDecimal.valueOf(from + random.nextDouble() * SPAN).setScale(6, RoundingMode.HALF_UP);
    }
}
