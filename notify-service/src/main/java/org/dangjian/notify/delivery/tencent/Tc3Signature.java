package org.dangjian.notify.delivery.tencent;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.dangjian.kit.crypto.Sha256;
import org.dangjian.notify.delivery.Digests;

/**
 * Tencent Cloud's API signature v3 ({@code TC3-HMAC-SHA256}) for a JSON POST to {@code /} signing the
 * {@code content-type} and {@code host} headers: a canonical request hashed into a string to sign, and a
 * key derived from the secret, the UTC date and the service.
 */
public final class Tc3Signature {
    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String SIGNED_HEADERS = "content-type;host";

    private Tc3Signature() {
    }

    /** Header values are lower-cased too; the content type must be the one actually sent. */
    static String canonicalRequest(String contentType, String host, String payload) {
        return "POST\n/\n\n"
                + "content-type:" + contentType.trim().toLowerCase(Locale.ROOT) + "\n"
                + "host:" + host.trim().toLowerCase(Locale.ROOT) + "\n\n"
                + SIGNED_HEADERS + "\n" + Sha256.hex(payload);
    }

    /** The UTC date of the timestamp, not Beijing's: they differ from 00:00 to 08:00 in China. */
    static String date(long timestamp) {
        return Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    static byte[] signingKey(String secretKey, String date, String service) {
        byte[] secretDate = Digests.hmacSha256(("TC3" + secretKey).getBytes(UTF_8), date);
        byte[] secretService = Digests.hmacSha256(secretDate, service);
        return Digests.hmacSha256(secretService, "tc3_request");
    }

    /** The Authorization header's value for a request sent at {@code timestamp} (Unix seconds). */
    public static String authorization(String secretId, String secretKey, String service, String host,
                                       String contentType, String payload, long timestamp) {
        String date = date(timestamp);
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                + Sha256.hex(canonicalRequest(contentType, host, payload));
        String signature = Digests.hex(Digests.hmacSha256(signingKey(secretKey, date, service), stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }
}
