package org.dangjian.kit.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one helper for it: digests of stored secrets (refresh tokens, service secrets, tickets),
 * request bodies and providers' signatures. Lower-case hex, as they are all written.
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static byte[] digest(String text) {
        return digest(text.getBytes(UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest(bytes));
    }

    public static String hex(String text) {
        return hex(text.getBytes(UTF_8));
    }
}
