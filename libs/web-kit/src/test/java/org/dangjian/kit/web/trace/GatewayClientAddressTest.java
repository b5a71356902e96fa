package org.dangjian.kit.web.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address a service records as the client's (audit rows, login throttles). */
class GatewayClientAddressTest {
    private final GatewayClientAddress filter = new GatewayClientAddress(
            AddressRanges.parse("dj.web.gateway-addresses", List.of("127.0.0.0/8", "10.42.0.0/16")));

    private String recorded(String peer, String clientAddressHeader, String forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setRemoteAddr(peer);
        if (clientAddressHeader != null) {
            request.addHeader("X-DJ-Client-Address", clientAddressHeader);
        }
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                seen.set(RequestOrigin.clientIp());
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        });
        return seen.get();
    }

    @Test
    void theAddressTheGatewaySawIsRecordedForItsRequests() throws Exception {
        assertThat(recorded("10.42.3.7", "203.0.113.7", null)).isEqualTo("203.0.113.7");
        assertThat(recorded("127.0.0.1", "198.51.100.2", null)).isEqualTo("198.51.100.2");
    }

    @Test
    void aCallerThatIsNotTheGatewayIsRecordedAsItselfWhateverItWrites() throws Exception {
        assertThat(recorded("10.43.0.9", "203.0.113.7", "1.2.3.4")).isEqualTo("10.43.0.9");
    }

    @Test
    void xForwardedForIsNeverBelieved() throws Exception {
        assertThat(recorded("10.42.3.7", null, "1.2.3.4")).isEqualTo("10.42.3.7");
    }

    @Test
    void aTypoInTheGatewayAddressesStopsTheServiceAtStart() {
        assertThatThrownBy(() -> AddressRanges.parse("dj.web.gateway-addresses", List.of("gateway/8")))
                .hasMessageContaining("dj.web.gateway-addresses").hasMessageContaining("gateway/8");
        assertThat(AddressRanges.parse("x", List.of("::1")).contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(AddressRanges.parse("x", List.of("10.0.0.0/9")).contains("10.128.0.1")).isFalse();
    }
}
