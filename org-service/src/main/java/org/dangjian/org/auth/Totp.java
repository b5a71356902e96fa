package org.dangjian.org.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA1, 30-second steps, six
 * digits; java-otp computes them). A code is accepted for the step before and after the present one as well, so
 * a phone's clock a little off still works; which step matched is answered, so the caller can refuse a code used
 * before.
 */
public final class Totp {
    public static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    /** What the app shows next to the code: the platform's name. */
    static final String ISSUER = "党建云";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator();

    private Totp() {
    }

    /** A new 160-bit secret (RFC 4226 recommends the HMAC's output length), Base32 as apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} address the QR code carries: an app scans it and adds the account. */
    public static String uri(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The step {@code at} falls in (seconds since the epoch over 30). */
    public static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** The code of the given step. */
    public static String code(String secret, long step) {
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), CODES.getAlgorithm());
        try {
            return String.format("%06d", CODES.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds())));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret the HMAC refuses", e);
        }
    }

    /** The step (now, the one before or the one after) whose code {@code code} is; empty when none. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long present = step(now);
        for (long step = present - 1; step <= present + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
