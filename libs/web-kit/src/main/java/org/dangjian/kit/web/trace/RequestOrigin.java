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
     * The first X-Forwarded-For entry (the gateway forwards the client's address there), else the peer;
     * null off a request thread (a Kafka listener, a job). A client can write that header itself when it
     * bypasses the gateway; inside the cluster it cannot.
     */
    public static String clientIp() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return null;
        }
        HttpServletRequest request = attrs.getRequest();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return truncate(forwarded.split(",")[0].trim(), 64);
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
