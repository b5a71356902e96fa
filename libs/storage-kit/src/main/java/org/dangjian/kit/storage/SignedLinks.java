package org.dangjian.kit.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links to a stored file that work without a token for a while: {@code <path>?expires=<epoch second>&signature=<mac>},
 * the signature an HMAC of the path and the expiry under the file's own key. A video element, a PDF viewer or a
 * download manager cannot send the bearer token, so the service that checked the caller hands out such a link
 * instead; altering the path or the expiry breaks the signature, and a new key for the file revokes its links.
 */
public final class SignedLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private SignedLinks() {
    }

    /** A fresh key for one file (32 random bytes, URL-safe base64). */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return B64.encodeToString(key);
    }

    /** {@code path} with the expiry and signature as its query. */
    public static String sign(String path, Instant expiresAt, String key) {
        long expires = expiresAt.getEpochSecond();
        return path + "?expires=" + expires + "&signature=" + signature(path, expires, key);
    }

    /** Whether {@code signature} was made for {@code path} and {@code expires} with {@code key}, and is not past. */
    public static boolean valid(String path, long expires, String signature, String key, Instant now) {
        if (signature == null || now.getEpochSecond() > expires) {
            return false;
        }
        byte[] expected = signature(path, expires, key).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String signature(String path, long expires, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
