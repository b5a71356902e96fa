package org.dangjian.notify.delivery.aliyun;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.dangjian.kit.crypto.Sha256;
import org.dangjian.notify.delivery.Digests;

/**
 * Alibaba Cloud's request signature V3 ({@code ACS3-HMAC-SHA256}), the one Alibaba asks new clients
 * to use: a canonical request of method, path, sorted query, signed headers and the body's hash,
 * hashed, then HMAC-SHA256 with the AccessKey secret.
 */
public final class AliyunSignature {
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";
    /** hex SHA-256 of an empty body: SendSms carries its parameters in the query. */
    public static final String EMPTY_BODY_SHA256 = Sha256.hex("");

    private AliyunSignature() {
    }

    /**
     * RFC 3986 percent-encoding as Alibaba requires: a space is {@code %20} (never {@code +}), {@code *}
     * is {@code %2A}, {@code ~} stays literal. The query sent must be byte-for-byte the one signed.
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** Parameters sorted by name, names and values encoded, joined with {@code &}. */
    public static String canonicalQuery(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    /**
     * @param headers every signed header ({@code host}, {@code x-acs-*}, {@code content-type} if one is
     *                sent) by lower-case name; {@code x-acs-content-sha256} is the body's hash
     */
    static String canonicalRequest(String method, String path, Map<String, String> query,
                                   SortedMap<String, String> headers) {
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
        return method + "\n" + path + "\n" + canonicalQuery(query) + "\n" + canonicalHeaders + "\n"
                + String.join(";", headers.keySet()) + "\n" + headers.get("x-acs-content-sha256");
    }

    /** The Authorization header's value. No spaces after the commas: Alibaba rejects them. */
    public static String authorization(String method, String path, Map<String, String> query,
                                       SortedMap<String, String> headers, String accessKeyId, String accessKeySecret) {
        String stringToSign = ALGORITHM + "\n" + Sha256.hex(canonicalRequest(method, path, query, headers));
        String signature = Digests.hex(Digests.hmacSha256(accessKeySecret.getBytes(UTF_8), stringToSign));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + String.join(";", headers.keySet())
                + ",Signature=" + signature;
    }
}
