package org.dangjian.kit.web.trace;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request came from, for audit records: the client address and the trace id. */
public final class RequestOrigin {
    private RequestOrigin() {
    }

    /**
     * The client's address as the gateway saw it when the request came through the gateway (see
     * {@link GatewayClientAddress}), else the peer's; null off a request thread (a Kafka listener, a job).
     * {@code X-Forwarded-For} is not read: a client writes what it likes there.
     */
    public static String clientIp() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return null;
        }
        HttpServletRequest request = attrs.getRequest();
        if (request.getAttribute(GatewayClientAddress.ATTRIBUTE) instanceof String viaGateway) {
            return truncate(viaGateway, 64);
        }
        return truncate(request.getRemoteAddr(), 64);
    }

    /**
     * The 32-hex trace id of the work under way (a request, an event handler, a job), as Micrometer
     * Tracing put it in the log context; null outside a trace.
     */
    public static String traceId() {
        return truncate(MDC.get(TraceIdFilter.MDC_KEY), 100);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
