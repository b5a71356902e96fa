package org.dangjian.points.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code a meeting's QR code carries: {@code <meetingId>.<expiry epoch second>.<signature>}, signed with
 * the meeting's own key, so that a code names its meeting, expires, and cannot be made up or altered.
 */
final class CheckInCodes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** Why a code is refused, in the order checked. */
    enum Refusal { MALFORMED, OTHER_MEETING, BAD_SIGNATURE, EXPIRED }

    private CheckInCodes() {
    }

    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return B64.encodeToString(key);
    }

    static String sign(long meetingId, Instant expiresAt, String key) {
        String claim = meetingId + "." + expiresAt.getEpochSecond();
        return claim + "." + signature(claim, key);
    }

    /** The meeting a code claims to be for, or null when it is not a code at all. */
    static Long meetingOf(String code) {
        String[] parts = code == null ? new String[0] : code.strip().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Long.parseLong(parts[1]);
            return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Null when the code is good for {@code meetingId} at {@code now}, else why not. */
    static Refusal check(String code, long meetingId, String key, Instant now) {
        Long claimed = meetingOf(code);
        if (claimed == null) {
            return Refusal.MALFORMED;
        }
        if (claimed != meetingId) {
            return Refusal.OTHER_MEETING;
        }
        String[] parts = code.strip().split("\\.");
        String expected = signature(parts[0] + "." + parts[1], key);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Refusal.BAD_SIGNATURE;
        }
        return now.isAfter(Instant.ofEpochSecond(Long.parseLong(parts[1]))) ? Refusal.EXPIRED : null;
    }

    private static String signature(String claim, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] full = mac.doFinal(claim.getBytes(StandardCharsets.US_ASCII));
            byte[] shortened = new byte[16];
            System.arraycopy(full, 0, shortened, 0, shortened.length);
            return B64.encodeToString(shortened);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
