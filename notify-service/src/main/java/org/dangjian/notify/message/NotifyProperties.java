package org.dangjian.notify.message;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How politely and persistently messages go out ({@code dj.notify.*}).
 *
 * @param quietStart  non-urgent messages created from this time on wait until {@code quietEnd} (China time)
 * @param dailyLimit  non-urgent SMS one phone receives in a day at most; the rest are held back
 * @param maxAttempts provider attempts before a message is FAILED
 * @param backoffBase wait before the second attempt; doubled each time up to {@code backoffMax}
 */
@ConfigurationProperties("dj.notify")
public record NotifyProperties(
        @DefaultValue("21:00") LocalTime quietStart,
        @DefaultValue("08:00") LocalTime quietEnd,
        @DefaultValue("5") int dailyLimit,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("2s") Duration backoffBase,
        @DefaultValue("10m") Duration backoffMax,
        @DefaultValue Worker worker,
        @DefaultValue Breaker breaker) {

    /**
     * When to stop calling a failing provider, and for how long.
     *
     * @param failureRate percentage of failed calls, over the last {@code window} calls, that opens the circuit
     * @param openWait    how long an open circuit refuses calls before a few are let through to test the provider
     */
    public record Breaker(
            @DefaultValue("50") float failureRate,
            @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("10s") Duration openWait) {
    }

    /**
     * @param batchSize    messages claimed at once
     * @param threads      provider calls in flight at once
     * @param pollInterval how often the worker looks for due messages when nothing woke it
     * @param claimFor     how long a claim lasts: a worker that died mid-batch leaves messages that others take over then
     */
    public record Worker(
            @DefaultValue("200") int batchSize,
            @DefaultValue("8") int threads,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("2m") Duration claimFor) {
    }
}
