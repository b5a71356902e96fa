package org.dangjian.notify.delivery.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.ProviderStubTest;
import org.dangjian.notify.delivery.WechatRequest;
import org.dangjian.notify.delivery.WechatSender;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.dangjian.notify.template.WechatFields;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeChat sender against a stub of WeChat's stable-token and subscribe-message APIs. The stub hands
 * out tokens and accepts a message only with the token it last issued, as WeChat does.
 */
class WechatSubscribeSenderTest extends ProviderStubTest {
    private static final String TOKEN_API = "/cgi-bin/stable_token";
    private static final String SEND_API = "/cgi-bin/message/subscribe/send";
    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    private final SettableClock clock = new SettableClock(ZoneOffset.UTC);

    @Override
    protected void stubDefaults() {
        clock.set(Instant.now());
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).atPriority(10)
                .withRequestBody(equalToJson("{\"grant_type\":\"client_credential\",\"appid\":\"wx-app\","
                        + "\"secret\":\"wx-secret\",\"force_refresh\":false}"))
                .willReturn(wechat("{\"access_token\":\"TOKEN-1\",\"expires_in\":7200}")));
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(10)
                .willReturn(wechat("{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid\"}")));
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(5).withQueryParam("access_token", equalTo("TOKEN-1"))
                .willReturn(wechat("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298110051942}")));
    }

    @Test
    void sends_the_template_with_its_mapped_fields_to_the_members_open_id() {
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1).withQueryParam("access_token", equalTo("TOKEN-1"))
                .withRequestBody(equalToJson("{\"touser\":\"" + OPEN_ID + "\",\"template_id\":\"tpl-birthday\","
                        + "\"page\":\"pages/index/index\",\"data\":{\"thing1\":{\"value\":\"张三\"},"
                        + "\"number2\":{\"value\":\"21\"}},\"miniprogram_state\":\"formal\",\"lang\":\"zh_CN\"}"))
                .willReturn(wechat("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":7}")));

        assertThat(sender().send(birthday("张三"))).isEqualTo("7");
    }

    @Test
    void the_token_is_fetched_once_and_reused_across_sends() {
        WechatSender sender = sender();
        sender.send(birthday("张三"));
        sender.send(birthday("李四"));
        sender.send(birthday("王五"));
        stub.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_API)));
        stub.verify(3, postRequestedFor(urlPathEqualTo(SEND_API)).withQueryParam("access_token", equalTo("TOKEN-1")));
    }

    @Test
    void a_token_near_its_end_is_fetched_anew() {
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).inScenario("renewal").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(wechat("{\"access_token\":\"TOKEN-1\",\"expires_in\":600}")).willSetStateTo("renewed"));
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).inScenario("renewal").whenScenarioStateIs("renewed")
                .willReturn(wechat("{\"access_token\":\"TOKEN-2\",\"expires_in\":7200}")));
        stub.stubFor(post(urlPathEqualTo(SEND_API)).withQueryParam("access_token", equalTo("TOKEN-2"))
                .willReturn(wechat("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":8}")));
        WechatSender sender = sender();
        assertThat(sender.send(birthday("张三"))).isEqualTo("294402298110051942");
        clock.set(Instant.now().plus(Duration.ofSeconds(600 - 30)));
        assertThat(sender.send(birthday("张三"))).as("within the last minute the next token is used").isEqualTo("8");
        stub.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_API)));
    }

    @Test
    void an_expired_token_is_replaced_once_and_the_message_still_goes() {
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(wechat("{\"access_token\":\"TOKEN-OLD\",\"expires_in\":7200}")).willSetStateTo("expired"));
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).inScenario("expiry").whenScenarioStateIs("expired")
                .willReturn(wechat("{\"access_token\":\"TOKEN-1\",\"expires_in\":7200}")));
        stub.stubFor(post(urlPathEqualTo(SEND_API)).withQueryParam("access_token", equalTo("TOKEN-OLD"))
                .willReturn(wechat("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));

        assertThat(sender().send(birthday("张三"))).isEqualTo("294402298110051942");
        stub.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_API)));
        stub.verify(postRequestedFor(urlPathEqualTo(SEND_API)).withQueryParam("access_token", equalTo("TOKEN-1")));
    }

    @Test
    void a_token_refused_again_after_renewal_is_tried_later_not_in_a_loop() {
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1)
                .willReturn(wechat("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
        ProviderException failed = failure(() -> sender().send(birthday("张三")));
        assertThat(failed.retryable()).isTrue();
        stub.verify(2, postRequestedFor(urlPathEqualTo(SEND_API)));
    }

    @Test
    void a_member_who_has_not_subscribed_fails_for_good_with_the_reason_and_no_second_call() {
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1)
                .willReturn(wechat("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));
        ProviderException refused = failure(() -> sender().send(birthday("张三")));
        assertPermanent(refused, "43101");
        assertThat(refused.getMessage()).contains("has not accepted this message");
        stub.verify(1, postRequestedFor(urlPathEqualTo(SEND_API)));
    }

    @Test
    void busy_quota_and_outages_are_worth_another_try() {
        for (ResponseDefinitionBuilder answer : new ResponseDefinitionBuilder[] {
                wechat("{\"errcode\":-1,\"errmsg\":\"system error\"}"),
                wechat("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}"),
                aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")}) {
            stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1).willReturn(answer));
            assertThat(failure(() -> sender().send(birthday("张三"))).retryable()).isTrue();
        }
    }

    @Test
    void wechat_that_does_not_answer_in_time_is_worth_another_try() {
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1)
                .willReturn(wechat("{\"errcode\":0,\"errmsg\":\"ok\"}").withFixedDelay(1_500)));
        assertThat(failure(() -> sender(Duration.ofMillis(300)).send(birthday("张三"))).retryable()).isTrue();
    }

    @Test
    void a_wrong_secret_fails_for_good_without_sending() {
        stub.stubFor(post(urlPathEqualTo(TOKEN_API)).atPriority(1)
                .willReturn(wechat("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}")));
        assertPermanent(failure(() -> sender().send(birthday("张三"))), "40125");
        stub.verify(0, postRequestedFor(urlPathEqualTo(SEND_API)));
    }

    @Test
    void a_long_name_is_shortened_to_the_twenty_characters_a_thing_field_takes() {
        String longName = "城北社区第一党支部第二党小组张三丰同志你好";
        assertThat(longName.length()).isGreaterThan(20);
        sender().send(birthday(longName));
        stub.verify(postRequestedFor(urlPathEqualTo(SEND_API)).withRequestBody(
                matchingJsonPath("$.data.thing1.value", equalTo(longName.substring(0, 19) + "…"))));
    }

    @Test
    void enabling_wechat_without_its_credentials_stops_the_service_at_start_up() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(WechatConfig.class).withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withPropertyValues("dj.notify.wechat.enabled=true", "dj.notify.wechat.app-id=wx-app");
        context.run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                .hasMessageContaining("dj.notify.wechat.secret"));
        context.withPropertyValues("dj.notify.wechat.secret=s").run(started ->
                assertThat(started.getBean(WechatSender.class).name()).isEqualTo("wechat"));
        new ApplicationContextRunner().withUserConfiguration(WechatConfig.class)
                .run(started -> assertThat(started).doesNotHaveBean(WechatSender.class));
    }

    private WechatSender sender() {
        return sender(Duration.ofSeconds(5));
    }

    private WechatSender sender(Duration readTimeout) {
        WechatProperties settings = new WechatProperties(true, stub.baseUrl(), "wx-app", "wx-secret",
                "pages/index/index", "formal", Duration.ofSeconds(60), Duration.ofSeconds(2), readTimeout);
        return new WechatSubscribeSender(settings, JsonMapper.builder().build(), clock);
    }

    /** WeChat answers its JSON as text/plain. */
    private static ResponseDefinitionBuilder wechat(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(json);
    }

    private static WechatRequest birthday(String name) {
        Template template = new Template(MessageKind.POLITICAL_BIRTHDAY, MessageKind.POLITICAL_BIRTHDAY.defaultText(),
                null, null, "tpl-birthday", WechatFields.parse("thing1=name,number2=years"), true);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("years", "21");
        return new WechatRequest(42, OPEN_ID, template, values);
    }
}
