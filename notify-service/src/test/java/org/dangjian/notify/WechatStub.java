package org.dangjian.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WeChat's API for the service under test, one stub for the JVM: it issues a token and accepts every
 * subscribe message, unless a test answers differently for one open id. Tests use their own open ids
 * and never reset it, so they do not disturb each other.
 */
public final class WechatStub {
    public static final String SEND_API = "/cgi-bin/message/subscribe/send";
    private static final WireMockServer STUB = start();

    private WechatStub() {
    }

    private static WireMockServer start() {
        WireMockServer stub = new WireMockServer(options().dynamicPort());
        stub.start();
        stub.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(text(
                "{\"access_token\":\"STUB-TOKEN\",\"expires_in\":7200}")));
        stub.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(10).withQueryParam("access_token", equalTo("STUB-TOKEN"))
                .willReturn(text("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1001}")));
        return stub;
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("dj.notify.wechat.enabled", () -> "true");
        registry.add("dj.notify.wechat.base-url", STUB::baseUrl);
        registry.add("dj.notify.wechat.app-id", () -> "wx-test-app");
        registry.add("dj.notify.wechat.secret", () -> "wx-test-secret");
    }

    /** WeChat answers {@code json} to every message for {@code openId}. */
    public static void answerFor(String openId, String json) {
        STUB.stubFor(post(urlPathEqualTo(SEND_API)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openId))).willReturn(text(json)));
    }

    /** The subscribe messages WeChat received for {@code openId}. */
    public static List<LoggedRequest> sentTo(String openId) {
        return STUB.findAll(postRequestedFor(urlPathEqualTo(SEND_API))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openId))));
    }

    /** WeChat answers its JSON as text/plain. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder text(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(json);
    }
}
