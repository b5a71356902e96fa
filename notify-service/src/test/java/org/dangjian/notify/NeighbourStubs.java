package org.dangjian.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One HTTP stub standing in for the services notify-service calls, found as they are in production
 * through discovery (here Spring Cloud's simple discovery): org-service's service-token route, which
 * answers only this service's name with its secret, and member-service's contact look-up, which by
 * default knows nobody. Started once per test JVM, like the infrastructure.
 */
public final class NeighbourStubs {
    public static final String SECRET = "test-notify-service-secret";
    public static final String TOKEN = "stub-service-token";
    public static final String TOKEN_PATH = "/internal/auth/service-token";
    public static final String CONTACTS_PATH = "/internal/members/contacts";
    private static WireMockServer server;

    private NeighbourStubs() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
            defaults();
        }
        return server;
    }

    static void register(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + server().port();
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[0].uri", () -> uri);
        registry.add("spring.cloud.discovery.client.simple.instances.member-service[0].uri", () -> uri);
        registry.add("dj.service-client.secret", () -> SECRET);
    }

    /** Forgets stubs and requests of the last test, then answers as by default. */
    public static void reset() {
        server().resetAll();
        defaults();
    }

    private static void defaults() {
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(equalToJson("{\"service\":\"notify-service\",\"secret\":\"" + SECRET + "\"}"))
                .willReturn(okJson("{\"accessToken\":\"" + TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}")));
        server.stubFor(post(urlPathEqualTo(CONTACTS_PATH)).atPriority(10).willReturn(okJson("[]")));
    }
}
