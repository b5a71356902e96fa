package org.dangjian.gateway.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who sent a request: the socket's peer, unless that peer is a trusted proxy; then {@code X-Forwarded-For} is read from
 * the right (each proxy appends the address it saw), skipping trusted proxies, and the first address no proxy of ours
 * vouches for is the client. Everything left of it is the client's to write, so it is never used.
 */
public final class ClientAddress {
    /** The header the gateway sets on every request it forwards; services believe it only from the gateway. */
    public static final String HEADER = "X-DJ-Client-Address";
    /** The exchange attribute holding the resolved address. */
    public static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    /** The address {@link ClientAddressFilter} resolved for this exchange. */
    public static String of(ServerWebExchange exchange) {
        String address = exchange.getAttribute(ATTRIBUTE);
        return address != null ? address : peer(exchange.getRequest());
    }

    static String resolve(ServerHttpRequest request, TrustedProxies proxies) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null || !proxies.trusts(peer)) {
            return peer(request);
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        String client = peer.getHostAddress();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(forwarded.get(i));
            if (hop == null) {
                break; // garbage written by the client: stop at the last address a proxy vouched for
            }
            client = hop.getHostAddress();
            if (!proxies.trusts(hop)) {
                break;
            }
        }
        return client;
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** An IP literal (never a name to look up), with an optional port or IPv6 brackets; null when it is not one. */
    static InetAddress parse(String entry) {
        String value = entry.trim();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.contains(":")) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        boolean literal = value.matches("[0-9.]+") && value.chars().filter(c -> c == '.').count() == 3
                || value.matches("[0-9a-fA-F:]+") && value.contains(":");
        if (!literal) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
