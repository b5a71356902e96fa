package org.dangjian.kit.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.web")
public class WebKitProperties {
    /** Largest non-multipart request body accepted, in bytes. */
    private long maxBodyBytes = 2 * 1024 * 1024;
    /** How long a completed create is replayed for the same Idempotency-Key. */
    private Duration idempotencyTtl = Duration.ofHours(24);

    public long getMaxBodyBytes() {
        return maxBodyBytes;
    }

    public void setMaxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Duration getIdempotencyTtl() {
        return idempotencyTtl;
    }

    public void setIdempotencyTtl(Duration idempotencyTtl) {
        this.idempotencyTtl = idempotencyTtl;
    }
}
