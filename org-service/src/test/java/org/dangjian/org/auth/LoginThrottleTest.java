package org.dangjian.org.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

/** One guess at each of many accounts from one address: the address runs out of failures, not each account. */
// the same settings as OrgApiTest, so the two share one application context
@TestPropertySource(properties = "dj.admin.password=Kunshan-2026-admin")
class LoginThrottleTest extends ServiceApiTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void anAddressThatFailsTooOftenIsTurnedAwayBeforeAnyPasswordIsChecked() {
        LoginThrottle throttle = new LoginThrottle(redis, new AuthProperties(Duration.ofMinutes(15), Duration.ofDays(14), 5,
                Duration.ofMinutes(15), Duration.ofMinutes(5), 5, Duration.ofMinutes(1), Duration.ofMinutes(10), 3));
        String address = "198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        String other = "203.0.113.7-" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admit("spray" + i + UUID.randomUUID(), address)).isTrue();
            throttle.failed(address);
        }

        assertThat(throttle.admit("spray-next" + UUID.randomUUID(), address)).isFalse();
        assertThat(throttle.admit("spray-next" + UUID.randomUUID(), other)).as("another address").isTrue();
    }
}
