package org.dangjian.notify.delivery.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.kit.crypto.Sha256;
import org.dangjian.notify.delivery.Digests;
import org.junit.jupiter.api.Test;

/**
 * Tencent's published worked example of signature v3 (CVM DescribeInstances), value for value. The
 * docs mask the key with asterisks and computed the published signature with that very string, so it
 * serves as a vector as printed. SMS signs the same way with service {@code sms}.
 */
class Tc3SignatureTest {
    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String HOST = "cvm.tencentcloudapi.com";
    private static final long TIMESTAMP = 1551113065L;
    /** As Python's json.dumps wrote it: escaped Chinese, spaces after ':' and ','. */
    private static final String PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void signs_the_official_example() {
        assertThat(Sha256.hex(PAYLOAD))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(Sha256.hex(Tc3Signature.canonicalRequest(CONTENT_TYPE, HOST, PAYLOAD)))
                .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(Digests.hex(Tc3Signature.signingKey(SECRET_KEY, "2019-02-25", "cvm")))
                .isEqualTo("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed");
        assertThat(Tc3Signature.authorization(SECRET_ID, SECRET_KEY, "cvm", HOST, CONTENT_TYPE, PAYLOAD, TIMESTAMP))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host,"
                        + " Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    /** 07:30 in Beijing on 1 July is still 30 June in UTC, and the scope names the UTC date. */
    @Test
    void dates_the_scope_in_utc() {
        long beijingMorning = java.time.OffsetDateTime.parse("2026-07-01T07:30:00+08:00").toEpochSecond();
        assertThat(Tc3Signature.date(beijingMorning)).isEqualTo("2026-06-30");
    }
}
