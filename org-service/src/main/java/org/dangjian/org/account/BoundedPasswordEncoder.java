package org.dangjian.org.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A bulkhead around password hashing. Argon2 is slow on purpose; thirty logins at once on two cores used to take every
 * core for seconds, starve the service's registry heartbeats and get it evicted from discovery. Only so many hashes
 * run at once; the others wait their turn a little, and beyond that the login is answered 503 (LOGIN_BUSY) with a
 * problem, not left hanging.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {
    static final String BUSY = "LOGIN_BUSY";
    private final PasswordEncoder hashing;
    private final Semaphore turns;
    private final Duration wait;

    BoundedPasswordEncoder(PasswordEncoder hashing, int atOnce, Duration wait) {
        this.hashing = hashing;
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return hashing.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return hashing.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
        }
    }
}
