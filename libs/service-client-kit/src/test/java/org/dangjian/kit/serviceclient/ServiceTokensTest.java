package org.dangjian.kit.serviceclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One token request serves every call until shortly before the token expires. */
class ServiceTokensTest {
    private final AtomicInteger fetches = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-25T14:00:00Z");
    private final ServiceTokens tokens = new ServiceTokens(
            () -> new ServiceTokens.Fetched("token-" + fetches.incrementAndGet(), 600),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, Duration.ofMinutes(1));

    @Test
    void calls_within_the_tokens_life_share_one_fetch() {
        assertThat(tokens.current()).isEqualTo("token-1");
        now = now.plus(Duration.ofMinutes(8));
        assertThat(tokens.current()).isEqualTo("token-1");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void a_token_a_minute_from_expiry_is_replaced_before_it_is_sent() {
        tokens.current();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(tokens.current()).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void a_failed_fetch_is_tried_again_on_the_next_call() {
        AtomicInteger attempts = new AtomicInteger();
        ServiceTokens flaky = new ServiceTokens(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("org-service is down");
            }
            return new ServiceTokens.Fetched("late", 600);
        }, Clock.systemUTC(), Duration.ofMinutes(1));
        try {
            flaky.current();
        } catch (IllegalStateException expected) {
            // the caller's breaker turns this into its fallback
        }
        assertThat(flaky.current()).isEqualTo("late");
    }
}
