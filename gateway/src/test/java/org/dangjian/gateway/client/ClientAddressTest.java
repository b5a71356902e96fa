package org.dangjian.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Which address the gateway records and limits as the client's. */
class ClientAddressTest {
    private static final TrustedProxies NONE = new TrustedProxies(List.of());
    private static final TrustedProxies INGRESS = new TrustedProxies(List.of("10.0.0.0/8", "fd00::/8"));

    private static MockServerHttpRequest from(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/members")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        for (String value : forwardedFor) {
            request.header("X-Forwarded-For", value);
        }
        return request.build();
    }

    @Test
    void aClientsOwnXForwardedForIsIgnoredWhenNoProxyIsTrusted() {
        assertThat(ClientAddress.resolve(from("198.51.100.7", "1.2.3.4"), NONE)).isEqualTo("198.51.100.7");
    }

    @Test
    void aRequestFromAnUntrustedPeerIsThatPeerWhateverItForwards() {
        assertThat(ClientAddress.resolve(from("198.51.100.7", "10.0.0.9"), INGRESS)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheAddressItSawIsTheClientNotWhatTheClientWroteBeforeIt() {
        assertThat(ClientAddress.resolve(from("10.0.0.2", "6.6.6.6, 203.0.113.5"), INGRESS)).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.resolve(from("10.0.0.2", "6.6.6.6", "203.0.113.5"), INGRESS)).isEqualTo("203.0.113.5");
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertThat(ClientAddress.resolve(from("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.3.4"), INGRESS))
                .isEqualTo("203.0.113.5");
        assertThat(ClientAddress.resolve(from("10.0.0.2", "[2001:db8::1]:5000, fd00::3"), INGRESS))
                .isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void garbageInTheHeaderStopsAtTheLastAddressAProxyVouchedFor() {
        assertThat(ClientAddress.resolve(from("10.0.0.2", "evil.example.com"), INGRESS)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve(from("10.0.0.2", "203.0.113.5:8443"), INGRESS)).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.resolve(from("10.0.0.2"), INGRESS)).isEqualTo("10.0.0.2");
    }

    @Test
    void aTypoInTheTrustedProxiesStopsTheGatewayAtStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/8", "ingress.local/8")))
                .hasMessageContaining("ingress.local/8");
    }
}
