package org.dangjian.kit.security.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.dangjian.kit.security.otp.OneTimeCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** One-time codes against a real Redis: good once, gone after the last wrong try, one request per interval. */
class OneTimeCodesTest extends SecurityKitTestBase {
    private static final UnaryOperator<String> HASH = s -> Integer.toHexString(("k" + s).hashCode());

    @Autowired
    StringRedisTemplate redis;

    private OneTimeCodes codes(String purpose) {
        return new OneTimeCodes(redis, HASH, "dj:test:" + purpose + ":", Duration.ofMinutes(1), 3, Duration.ofMinutes(1));
    }

    @Test
    void aCodeIsGoodOnceAndOnlyForItsSubjectAndPurpose() {
        OneTimeCodes login = codes("login");
        String subject = UUID.randomUUID().toString();
        String code = login.issue(subject);
        assertThat(code).matches("\\d{6}");
        assertThat(codes("other").verify(subject, code)).isFalse();
        assertThat(login.verify(subject + "x", code)).isFalse();
        assertThat(login.verify(subject, code)).isTrue();
        assertThat(login.verify(subject, code)).as("used up").isFalse();
        assertThat(redis.keys("dj:test:login:code:" + subject)).isEmpty();
    }

    @Test
    void theLastWrongTryTakesTheCodeAway() {
        OneTimeCodes login = codes("login");
        String subject = UUID.randomUUID().toString();
        String code = login.issue(subject);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(login.verify(subject, wrong)).isFalse();
        }
        assertThat(login.verify(subject, code)).isFalse();
    }

    @Test
    void aSubjectMayAskOncePerInterval() {
        OneTimeCodes login = codes("login");
        String subject = UUID.randomUUID().toString();
        assertThat(login.takeRequestSlot(subject)).isTrue();
        assertThat(login.takeRequestSlot(subject)).isFalse();
        assertThat(login.takeRequestSlot(UUID.randomUUID().toString())).isTrue();
    }
}
