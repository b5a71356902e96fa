package org.dangjian.gateway.routing;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.gateway.areas}: API area to service id, one line each ({@code members: member-service}
 * routes {@code /api/members/**} to {@code lb://member-service}).
 */
@ConfigurationProperties("dj.gateway")
public record RoutingProperties(@DefaultValue Map<String, String> areas) {

    /** Every service some area routes to: each also gets {@code /health/<id>} and {@code /v3/api-docs/<id>}. */
    public Set<String> services() {
        return new TreeSet<>(areas.values());
    }
}
