package org.dangjian.notify.delivery.tencent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.ProviderStubTest;
import org.dangjian.notify.delivery.SmsProvider;
import org.dangjian.notify.delivery.SmsRequest;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Tencent adapter against a stub of SendSms that accepts a request only when its TC3 signature,
 * recomputed from what arrived, is right; anything else gets Tencent's AuthFailure.SignatureFailure.
 */
class TencentSmsProviderTest extends ProviderStubTest {
    private static final String SECRET_ID = "AKID-test";
    private static final String SECRET_KEY = "test-key";
    /** 07:30 in Beijing: the UTC date in the signature's scope is still the day before. */
    private static final Instant NOW = Instant.parse("2026-11-24T23:30:00Z");

    @Override
    protected void stubDefaults() {
        stub.stubFor(post(urlEqualTo("/")).atPriority(10).willReturn(okJson("{\"Response\":{\"Error\":"
                + "{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"The provided credentials could not be validated\"},"
                + "\"RequestId\":\"r0\"}}")));
    }

    @Test
    void sends_a_signed_request_with_the_template_and_its_ordered_values_and_returns_the_serial_no() {
        stub.stubFor(post(urlEqualTo("/"))
                .withHeader("X-TC-Action", equalTo("SendSms"))
                .withHeader("X-TC-Version", equalTo("2021-01-11"))
                .withHeader("X-TC-Region", equalTo("ap-guangzhou"))
                .withHeader("X-TC-Timestamp", equalTo(Long.toString(NOW.getEpochSecond())))
                .withRequestBody(equalToJson("{\"PhoneNumberSet\":[\"+8613800138000\"],\"SmsSdkAppId\":\"1400006666\","
                        + "\"SignName\":\"党建云\",\"TemplateId\":\"1110\",\"TemplateParamSet\":[\"张三\",\"21\"],"
                        + "\"SessionContext\":\"42\"}"))
                .andMatching(TencentSmsProviderTest::signedWithTheKey)
                .willReturn(okJson(sendStatus("Ok", "send success", "5000:1045710669157053657849499619"))));

        assertThat(provider(SECRET_KEY).send(birthday("13800138000"))).isEqualTo("5000:1045710669157053657849499619");
    }

    @Test
    void a_wrong_key_is_refused_for_good() {
        ProviderException refused = failure(() -> provider("another-key").send(birthday("13800138000")));
        assertPermanent(refused, "AuthFailure.SignatureFailure");
    }

    @Test
    void an_outage_is_worth_another_try() {
        stub.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));
        assertThat(failure(() -> provider(SECRET_KEY).send(birthday("13800138000"))).retryable()).isTrue();
    }

    @Test
    void tencent_s_own_timeout_is_worth_another_try() {
        stub.stubFor(post(urlEqualTo("/")).andMatching(TencentSmsProviderTest::signedWithTheKey)
                .willReturn(okJson("{\"Response\":{\"Error\":{\"Code\":\"InternalError.Timeout\","
                        + "\"Message\":\"请求下发短信超时\"},\"RequestId\":\"r2\"}}")));
        assertThat(failure(() -> provider(SECRET_KEY).send(birthday("13800138000"))).retryable()).isTrue();
    }

    @Test
    void the_number_s_daily_limit_means_tomorrow_not_another_try_now() {
        stub.stubFor(post(urlEqualTo("/")).andMatching(TencentSmsProviderTest::signedWithTheKey)
                .willReturn(okJson(sendStatus("LimitExceeded.PhoneNumberDailyLimit", "单个手机号日下发短信条数超过设定的上限", ""))));
        ProviderException full = failure(() -> provider(SECRET_KEY).send(birthday("13800138000")));
        assertThat(full.numberFullToday()).isTrue();
        assertThat(full.retryable()).isFalse();
    }

    @Test
    void an_invalid_number_fails_for_good() {
        stub.stubFor(post(urlEqualTo("/")).andMatching(TencentSmsProviderTest::signedWithTheKey)
                .willReturn(okJson(sendStatus("InvalidParameterValue.IncorrectPhoneNumber", "手机号格式错误", ""))));
        ProviderException refused = failure(() -> provider(SECRET_KEY).send(birthday("1380013800")));
        assertPermanent(refused, "InvalidParameterValue.IncorrectPhoneNumber");
    }

    @Test
    void a_kind_without_a_tencent_template_code_fails_for_good_without_a_call() {
        SmsRequest request = new SmsRequest(42, "13800138000", new Template(MessageKind.TRANSFER_EXPIRED,
                MessageKind.TRANSFER_EXPIRED.defaultText(), "SMS_123", null, null, true), Map.of("name", "张三"));
        ProviderException refused = failure(() -> provider(SECRET_KEY).send(request));
        assertPermanent(refused, "no tencent template code for TRANSFER_EXPIRED");
        assertThat(stub.getAllServeEvents()).isEmpty();
    }

    @Test
    void choosing_tencent_without_its_credentials_stops_the_service_at_start_up() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(TencentSmsConfig.class).withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues("dj.notify.sms.provider=tencent", "dj.notify.sms.tencent.secret-id=AKID-test", "dj.notify.sms.tencent.sdk-app-id=1400006666", "dj.notify.sms.tencent.sign-name=党建云");
        context.run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                .hasMessageContaining("dj.notify.sms.tencent.secret-key"));
        context.withPropertyValues("dj.notify.sms.tencent.secret-key=k").run(started ->
                assertThat(started.getBean(SmsProvider.class).name()).isEqualTo("tencent"));
    }

    private TencentSmsProvider provider(String key) {
        TencentSmsProperties settings = new TencentSmsProperties(stub.baseUrl(), SECRET_ID, key, "1400006666", "党建云",
                "ap-guangzhou", Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new TencentSmsProvider(settings, JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SmsRequest birthday(String phone) {
        Template template = new Template(MessageKind.POLITICAL_BIRTHDAY, MessageKind.POLITICAL_BIRTHDAY.defaultText(),
                "SMS_123", "1110", null, true);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "张三");
        values.put("years", "21");
        return new SmsRequest(42, phone, template, values);
    }

    private static String sendStatus(String code, String message, String serialNo) {
        return "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"" + serialNo + "\",\"PhoneNumber\":\"+8613800138000\","
                + "\"Fee\":1,\"SessionContext\":\"42\",\"Code\":\"" + code + "\",\"Message\":\"" + message + "\","
                + "\"IsoCode\":\"CN\"}],\"RequestId\":\"r1\"}}";
    }

    /** Tencent's check, redone from what arrived: content type and host as received, the body, the time. */
    private static MatchResult signedWithTheKey(Request request) {
        String expected = Tc3Signature.authorization(SECRET_ID, SECRET_KEY, "sms", request.getHeader("Host"),
                request.getHeader("Content-Type"), request.getBodyAsString(),
                Long.parseLong(request.getHeader("X-TC-Timestamp")));
        return MatchResult.of(expected.equals(request.getHeader("Authorization"))
                && expected.contains("/2026-11-24/sms/tc3_request"));
    }
}
