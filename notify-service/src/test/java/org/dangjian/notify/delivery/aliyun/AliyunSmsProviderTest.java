package org.dangjian.notify.delivery.aliyun;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.net.URLDecoder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.crypto.Sha256;
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
 * The Alibaba adapter against a stub of SendSms that accepts a request only when its V3 signature,
 * recomputed from what arrived, is right; anything else gets Alibaba's SignatureDoesNotMatch.
 */
class AliyunSmsProviderTest extends ProviderStubTest {
    private static final String KEY_ID = "LTAI-test-id";
    private static final String KEY_SECRET = "test-secret";
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:07Z");

    private final AtomicInteger nonces = new AtomicInteger();

    @Override
    protected void stubDefaults() {
        stub.stubFor(post(urlPathEqualTo("/")).atPriority(10).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched\"}")));
    }

    @Test
    void sends_a_signed_request_with_the_template_and_its_values_and_returns_the_biz_id() {
        stub.stubFor(post(urlPathEqualTo("/"))
                .withQueryParam("PhoneNumbers", equalTo("13800138000"))
                .withQueryParam("SignName", equalTo("党建云"))
                .withQueryParam("TemplateCode", equalTo("SMS_123"))
                .withQueryParam("TemplateParam", equalToJson("{\"name\":\"张 三\",\"years\":\"21\"}"))
                .withQueryParam("OutId", equalTo("42"))
                .withHeader("x-acs-action", equalTo("SendSms"))
                .withHeader("x-acs-version", equalTo("2017-05-25"))
                .withHeader("x-acs-date", equalTo("2026-11-25T02:00:07Z"))
                .andMatching(AliyunSmsProviderTest::signedWithTheSecret)
                .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"9006197469364984^0\","
                        + "\"RequestId\":\"F655A8D5\"}")));

        assertThat(provider(KEY_SECRET).send(birthday("13800138000"))).isEqualTo("9006197469364984^0");
    }

    @Test
    void a_wrong_secret_is_refused_for_good() {
        ProviderException refused = failure(() -> provider("another-secret").send(birthday("13800138000")));
        assertPermanent(refused, "SignatureDoesNotMatch");
    }

    /** Alibaba refuses a nonce it has seen, so a message tried again must not reuse the first one. */
    @Test
    void each_attempt_signs_with_a_fresh_nonce() {
        stub.stubFor(post(urlPathEqualTo("/")).andMatching(AliyunSmsProviderTest::signedWithTheSecret)
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"1^0\"}")));
        AliyunSmsProvider provider = provider(KEY_SECRET);
        provider.send(birthday("13800138000"));
        provider.send(birthday("13800138000"));
        assertThat(stub.getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("x-acs-signature-nonce")).distinct()).hasSize(2);
    }

    @Test
    void an_outage_is_worth_another_try() {
        stub.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(500)
                .withBody("{\"Code\":\"ServiceUnavailable\",\"Message\":\"The request has failed due to a temporary failure\"}")));
        assertThat(failure(() -> provider(KEY_SECRET).send(birthday("13800138000"))).retryable()).isTrue();
    }

    @Test
    void throttling_is_worth_another_try() {
        stub.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\"}")));
        assertThat(failure(() -> provider(KEY_SECRET).send(birthday("13800138000"))).retryable()).isTrue();
    }

    @Test
    void the_number_s_daily_limit_means_tomorrow_not_another_try_now() {
        stub.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发天级流控Permits:10\"}")));
        ProviderException full = failure(() -> provider(KEY_SECRET).send(birthday("13800138000")));
        assertThat(full.numberFullToday()).isTrue();
        assertThat(full.retryable()).isFalse();
    }

    @Test
    void a_provider_that_does_not_answer_in_time_is_worth_another_try() {
        stub.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"1^0\"}")
                .withFixedDelay(1_500)));
        assertThat(failure(() -> provider(KEY_SECRET, Duration.ofMillis(300)).send(birthday("13800138000")))
                .retryable()).isTrue();
    }

    @Test
    void an_invalid_number_fails_for_good() {
        stub.stubFor(post(urlPathEqualTo("/")).andMatching(AliyunSmsProviderTest::signedWithTheSecret)
                .willReturn(okJson("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}")));
        ProviderException refused = failure(() -> provider(KEY_SECRET).send(birthday("1380013800")));
        assertPermanent(refused, "isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void a_kind_without_an_alibaba_template_code_fails_for_good_without_a_call() {
        SmsRequest request = new SmsRequest(42, "13800138000", new Template(MessageKind.TRANSFER_EXPIRED,
                MessageKind.TRANSFER_EXPIRED.defaultText(), null, "1110", null, true), Map.of("name", "张三"));
        ProviderException refused = failure(() -> provider(KEY_SECRET).send(request));
        assertPermanent(refused, "no aliyun template code for TRANSFER_EXPIRED");
        assertThat(stub.getAllServeEvents()).isEmpty();
    }

    @Test
    void choosing_aliyun_without_its_credentials_stops_the_service_at_start_up() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(AliyunSmsConfig.class).withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues("dj.notify.sms.provider=aliyun", "dj.notify.sms.aliyun.access-key-id=LTAI-test-id", "dj.notify.sms.aliyun.sign-name=党建云");
        context.run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                .hasMessageContaining("dj.notify.sms.aliyun.access-key-secret"));
        context.withPropertyValues("dj.notify.sms.aliyun.access-key-secret=s").run(started ->
                assertThat(started.getBean(SmsProvider.class).name()).isEqualTo("aliyun"));
    }

    private AliyunSmsProvider provider(String secret) {
        return provider(secret, Duration.ofSeconds(5));
    }

    private AliyunSmsProvider provider(String secret, Duration readTimeout) {
        AliyunSmsProperties settings = new AliyunSmsProperties(stub.baseUrl(), KEY_ID, secret, "党建云",
                Duration.ofSeconds(2), readTimeout);
        return new AliyunSmsProvider(settings, JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC),
                () -> "nonce-" + nonces.incrementAndGet());
    }

    /** A space in a value checks the query is encoded as Alibaba encodes it (%20), not as a form (+). */
    private static SmsRequest birthday(String phone) {
        Template template = new Template(MessageKind.POLITICAL_BIRTHDAY, MessageKind.POLITICAL_BIRTHDAY.defaultText(),
                "SMS_123", "1110", null, true);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "张 三");
        values.put("years", "21");
        return new SmsRequest(42, phone, template, values);
    }

    /**
     * Alibaba's check, redone from what arrived: the query as sent, the signed headers as received, the
     * body's hash, and the secret only Alibaba and we know.
     */
    private static MatchResult signedWithTheSecret(Request request) {
        String url = request.getUrl();
        String rawQuery = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        Map<String, String> query = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(URLDecoder.decode(nameValue[0], UTF_8), URLDecoder.decode(nameValue[1], UTF_8));
        }
        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", request.getHeader("Host"));
        request.getHeaders().all().stream().filter(h -> h.key().toLowerCase().startsWith("x-acs-"))
                .forEach(h -> signed.put(h.key().toLowerCase(), h.firstValue()));
        String expected = AliyunSignature.authorization("POST", "/", query, signed, KEY_ID, KEY_SECRET);
        return MatchResult.of(rawQuery.equals(AliyunSignature.canonicalQuery(query))
                && Sha256.hex(request.getBodyAsString()).equals(signed.get("x-acs-content-sha256"))
                && expected.equals(request.getHeader("Authorization")));
    }
}
