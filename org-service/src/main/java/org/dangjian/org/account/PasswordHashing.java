package org.dangjian.org.account;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id for new hashes; the {@code {id}} prefix lets a future algorithm take over without a reset.
 * {@link #NO_PASSWORD} marks an account that has no password at all (members sign in by SMS code or
 * WeChat): nothing matches it. Hashing is bounded ({@link BoundedPasswordEncoder}): a burst of logins must not
 * take every core from the rest of the service.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
    static final String NO_PASSWORD = "{none}";

    /**
     * {@code dj.auth.password-hashes-at-once}: hashes (Argon2, deliberately slow) computed at the same time, 0 for half
     * the cores (at least one); {@code dj.auth.password-hash-wait}: how long a login waits for its turn before it is
     * answered 503.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${dj.auth.password-hashes-at-once:0}") int atOnce,
                                    @Value("${dj.auth.password-hash-wait:10s}") Duration wait) {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", argon2,
                "bcrypt", new BCryptPasswordEncoder(),
                "none", new NoPassword(argon2))),
                atOnce > 0 ? atOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2), wait);
    }

    /**
     * Matches nothing, but only after as much work as a real check, so a wrong password for a member's
     * account answers no faster than for anyone else's.
     */
    static final class NoPassword implements PasswordEncoder {
        private final PasswordEncoder real;
        private final String decoy;

        NoPassword(PasswordEncoder real) {
            this.real = real;
            this.decoy = real.encode("no-password-account-decoy");
        }

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("an account without a password has nothing to encode");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            real.matches(rawPassword, decoy);
            return false;
        }
    }
}
