package org.dangjian.kit.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.web")
public class WebKitProperties {
    /** Largest non-multipart request body accepted, in bytes. */
    private long maxBodyBytes = 2 * 1024 * 1024;
    /** How long a completed create is replayed for the same Idempotency-Key. */
    private Duration idempotencyTtl = Duration.ofHours(24);
    /**
     * Where the gateway's requests come from (addresses or CIDR ranges): only from there is the client address the
     * gateway passes ({@code X-DJ-Client-Address}) believed. Locally the gateway is on this machine; on Kubernetes,
     * the pods' range.
     */
    private java.util.List<String> gatewayAddresses = new java.util.ArrayList<>(java.util.List.of("127.0.0.0/8", "::1"));

    public long getMaxBodyBytes() {
        return maxBodyBytes;
    }

    public void setMaxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public java.util.List<String> getGatewayAddresses() {
        return gatewayAddresses;
    }

    public void setGatewayAddresses(java.util.List<String> gatewayAddresses) {
        this.gatewayAddresses = gatewayAddresses;
    }

    public Duration getIdempotencyTtl() {
        return idempotencyTtl;
    }

    public void setIdempotencyTtl(Duration idempotencyTtl) {
        this.idempotencyTtl = idempotencyTtl;
    }
}
