package org.dangjian.gateway.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.security.*}: where the token signing keys come from and how strictly times are read.
 *
 * @param jwksUri          org-service's JWKS; a bare service id as host ({@code http://org-service/...})
 *                         is resolved through the registry
 * @param jwksLoadBalanced force (true/false) or leave to the host's shape (null) whether the JWKS
 *                         is fetched through the load balancer
 * @param jwksTimeout      how long one JWKS fetch may take before the request gets 503
 * @param clockSkew        tolerance for expiry and not-before between the issuer's clock and ours
 * @param trustedKeys      the signing keys trusted, as SHA-256 JWK thumbprints ({@code PinnedKeys}); empty: every
 *                         key of the key set
 */
@ConfigurationProperties("dj.security")
public record SecurityProperties(
        @DefaultValue("http://org-service/api/auth/jwks") URI jwksUri,
        Boolean jwksLoadBalanced,
        @DefaultValue("5s") Duration jwksTimeout,
        @DefaultValue("30s") Duration clockSkew,
        Set<String> trustedKeys) {

    public SecurityProperties {
        trustedKeys = trustedKeys == null ? Set.of() : Set.copyOf(trustedKeys);
    }

    /**
     * Load-balanced unless told otherwise or the host is not a bare service id: an IP address,
     * {@code localhost} or a dotted DNS name is fetched directly.
     */
    public boolean loadBalancedJwks() {
        if (jwksLoadBalanced != null) {
            return jwksLoadBalanced;
        }
        String host = jwksUri.getHost();
        return host != null && !host.equalsIgnoreCase("localhost") && !host.contains(".") && !host.contains(":");
    }
}
