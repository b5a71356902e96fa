package org.dangjian.kit.web.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's trace id on the response as {@code X-Trace-Id}, so a client can quote it. The trace
 * itself is Micrometer Tracing's: Boot's server observation (which runs just before this filter) continues
 * the W3C {@code traceparent} the gateway sent, or starts a trace, and its log correlation puts the id in
 * the MDC under {@code traceId} for every log line. A client's own {@code X-Trace-Id} is not read.
 */
public class TraceIdFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Trace-Id";
    /** The MDC key Micrometer Tracing's log correlation fills. */
    public static final String MDC_KEY = "traceId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = RequestOrigin.traceId();
        if (traceId != null) {
            response.setHeader(HEADER, traceId);
        }
        chain.doFilter(request, response);
    }
}
