package org.dangjian.notify.message;

import java.time.Duration;
import java.time.LocalTime;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How politely and persistently messages go out ({@code dj.notify.*}). */
@Getter
@Setter
@ConfigurationProperties("dj.notify")
public class NotifySettings {
    /** Non-urgent messages created from this time on wait until {@link #quietEnd} (China time). */
    private LocalTime quietStart = LocalTime.of(21, 0);
    private LocalTime quietEnd = LocalTime.of(8, 0);
    /** Non-urgent SMS one phone receives in a day at most; the rest are held back. */
    private int dailyLimit = 5;
    /** Provider attempts before a message is FAILED. */
    private int maxAttempts = 6;
    /** Wait before the second attempt; doubled each time up to {@link #backoffMax}. */
    private Duration backoffBase = Duration.ofSeconds(2);
    private Duration backoffMax = Duration.ofMinutes(10);
    private Worker worker = new Worker();
    private Breaker breaker = new Breaker();

    /** When to stop calling a failing provider, and for how long. */
    @Getter
    @Setter
    public static class Breaker {
        /** Percentage of failed calls, over the last {@link #window} calls, that opens the circuit. */
        private float failureRate = 50;
        private int window = 20;
        private int minimumCalls = 10;
        /** How long an open circuit refuses calls before a few are let through to test the provider. */
        private Duration openWait = Duration.ofSeconds(10);
    }

    @Getter
    @Setter
    public static class Worker {
        /** Messages claimed at once. */
        private int batchSize = 200;
        /** Provider calls in flight at once. */
        private int threads = 8;
        /** How often the worker looks for due messages when nothing woke it. */
        private Duration pollInterval = Duration.ofMillis(500);
        /** How long a claim lasts: a worker that died mid-batch leaves messages that others take over then. */
        private Duration claimFor = Duration.ofMinutes(2);
    }
}
