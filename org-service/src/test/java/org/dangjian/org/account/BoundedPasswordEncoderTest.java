package org.dangjian.org.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** A hash that takes as long as the test says. */
    static final class Held implements PasswordEncoder {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    @Test
    void aPasswordCheckBeyondTheHashesAtOnceWaitsItsTurnThenIsAnswered503() throws Exception {
        Held slow = new Held();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(200));
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> bounded.matches("a", "hash"));
        assertThat(slow.started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("b", "hash"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.code()).isEqualTo(BoundedPasswordEncoder.BUSY);
                });

        slow.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.matches("c", "hash")).as("its turn, once the first is done").isTrue();
    }
}
