package org.dangjian.kit.web.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address as the gateway saw it ({@code X-DJ-Client-Address}, which the gateway always sets and never
 * takes from the client), believed only when the request comes from the gateway's addresses; anyone else's request
 * is recorded with its own peer address, whatever headers it wrote. {@link RequestOrigin#clientIp()} reads the result.
 */
public class GatewayClientAddress extends OncePerRequestFilter {
    public static final String HEADER = "X-DJ-Client-Address";
    static final String ATTRIBUTE = GatewayClientAddress.class.getName();
    private final AddressRanges gateway;

    public GatewayClientAddress(AddressRanges gateway) {
        this.gateway = gateway;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String forwarded = request.getHeader(HEADER);
        if (forwarded != null && !forwarded.isBlank() && gateway.contains(request.getRemoteAddr())) {
            request.setAttribute(ATTRIBUTE, forwarded.trim());
        }
        chain.doFilter(request, response);
    }
}
