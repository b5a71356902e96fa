package org.dangjian.gateway.trace;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/** The trace id of a request: header, exchange attribute and MDC key, and how one is made. */
public final class TraceId {
    public static final String HEADER = "X-Trace-Id";
    /** MDC key; the log pattern prints it on every line written while handling a request. */
    public static final String MDC_KEY = "traceId";
    static final String ATTRIBUTE = TraceId.class.getName();

    /**
     * What we accept from a client: 16 to 36 hex digits or dashes (W3C/B3 trace ids, UUIDs), the same
     * rule the services apply (web-kit), so an id the gateway keeps is the one every service logs.
     */
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-fA-F-]{16,36}");
    private static final HexFormat HEX = HexFormat.of();

    private TraceId() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** 32 lowercase hex digits, the W3C trace-id form. */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    /**
     * Puts the exchange's trace id into the MDC until closed, for code that runs outside the
     * request's Reactor context (web exception handlers): {@code try (var t = TraceId.inMdc(exchange)) { log... }}.
     */
    public static MdcScope inMdc(ServerWebExchange exchange) {
        String traceId = of(exchange);
        if (traceId == null) {
            return () -> { };
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, traceId);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** Undoes {@link #inMdc}; closing it throws nothing. */
    public interface MdcScope extends AutoCloseable {
        @Override
        void close();
    }

    /** The trace id the {@link TraceIdFilter} gave this exchange, or null before it ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
