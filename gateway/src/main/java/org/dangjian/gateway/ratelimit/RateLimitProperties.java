package org.dangjian.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.gateway.rate-limit.*} (env DJ_RATE_LIMIT_PER_SECOND, DJ_RATE_LIMIT_BURST): a token
 * bucket per account, or per client address for anonymous calls, shared by all /api routes; and, before any token
 * is checked, one per client address (env DJ_RATE_LIMIT_PER_ADDRESS_PER_SECOND, DJ_RATE_LIMIT_PER_ADDRESS_BURST),
 * wide enough for an office behind one address.
 */
@ConfigurationProperties("dj.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("100") int replenishRate, @DefaultValue("200") long burstCapacity,
                                  @DefaultValue("300") int perAddressPerSecond, @DefaultValue("600") int perAddressBurst) {

    public RateLimitProperties {
        if (replenishRate < 1) {
            throw new IllegalArgumentException("dj.gateway.rate-limit.replenish-rate must be at least 1");
        }
        // the bucket must hold at least one second's worth
        burstCapacity = Math.max(burstCapacity, replenishRate);
        if (perAddressPerSecond < 1) {
            throw new IllegalArgumentException("dj.gateway.rate-limit.per-address-per-second must be at least 1");
        }
        perAddressBurst = Math.max(perAddressBurst, perAddressPerSecond);
    }
}
