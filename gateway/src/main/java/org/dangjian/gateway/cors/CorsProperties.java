package org.dangjian.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code dj.gateway.cors.*}: the portal origins allowed to call the API from a browser. */
@ConfigurationProperties("dj.gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:5173") List<String> allowedOrigins,
                             @DefaultValue("1h") Duration maxAge) {
}
