package org.dangjian.gateway.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/** The trace id of a request: header, exchange attribute and MDC key, and how one is made. */
public final class TraceId {
    public static final String HEADER = "X-Trace-Id";
    /** MDC key; the log pattern prints it on every line written while handling a request. */
    public static final String MDC_KEY = "traceId";
    static final String ATTRIBUTE = TraceId.class.getName();

    /** What we accept from a client: 16 to 64 letters, digits or dashes (W3C, B3 and UUID forms). */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{16,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceId() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** 32 lowercase hex digits, the W3C trace-id form. */
    public static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** The trace id the {@link TraceIdFilter} gave this exchange, or null before it ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
