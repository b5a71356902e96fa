package org.dangjian.gateway.body;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code dj.gateway.max-body-size}: the largest request body the gateway forwards (env DJ_MAX_BODY_BYTES). */
@ConfigurationProperties("dj.gateway")
public record BodyLimitProperties(@DefaultValue("10MB") DataSize maxBodySize) {
}
