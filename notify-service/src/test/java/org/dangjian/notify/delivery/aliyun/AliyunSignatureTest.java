package org.dangjian.notify.delivery.aliyun;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.kit.crypto.Sha256;
import org.junit.jupiter.api.Test;

/** Alibaba's published worked examples, value for value. */
class AliyunSignatureTest {

    /** The V3 example of Alibaba's "V3 request structure and signature" page (ECS RunInstances). */
    @Test
    void signs_the_official_v3_example() {
        Map<String, String> query = Map.of("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                "RegionId", "cn-shanghai");
        SortedMap<String, String> headers = new TreeMap<>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
        headers.put("x-acs-content-sha256", AliyunSignature.EMPTY_BODY_SHA256);

        assertThat(AliyunSignature.EMPTY_BODY_SHA256)
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex(AliyunSignature.canonicalRequest("POST", "/", query, headers)))
                .isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        assertThat(AliyunSignature.authorization("POST", "/", query, headers, "YourAccessKeyId", "YourAccessKeySecret"))
                .isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    /**
     * The SendSms example of Alibaba's SMS signature page (document 56189) is a V1 signature, but its
     * string to sign holds the canonical query with Chinese, JSON and a time in it, encoded by the same
     * RFC 3986 rule V3 uses: our encoder must produce exactly that query.
     */
    @Test
    void encodes_the_official_send_sms_example_query() {
        String stringToSign = "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26"
                + "PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C"
                + "%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7"
                + "%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466"
                + "%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522"
                + "%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Version", "2017-05-25");
        params.put("TemplateParam", "{\"customer\":\"test\"}");
        params.put("AccessKeyId", "testId");
        params.put("Action", "SendSms");
        params.put("Format", "XML");
        params.put("OutId", "123");
        params.put("PhoneNumbers", "15300000001");
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", "阿里云短信测试专用");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", "SMS_71390007");
        params.put("Timestamp", "2017-07-12T02:42:19Z");

        assertThat("GET&%2F&" + AliyunSignature.encode(AliyunSignature.canonicalQuery(params))).isEqualTo(stringToSign);
        assertThat(URLDecoder.decode(stringToSign.substring("GET&%2F&".length()), UTF_8))
                .isEqualTo(AliyunSignature.canonicalQuery(params));
    }

    @Test
    void encodes_spaces_and_stars_as_alibaba_asks() {
        assertThat(AliyunSignature.encode("a b*c~d+e")).isEqualTo("a%20b%2Ac~d%2Be");
    }
}
