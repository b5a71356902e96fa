package org.dangjian.kit.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("dj.security")
public class SecurityKitProperties {
    /**
     * Where the signing keys are. {@code lb://org-service/...} resolves the service through discovery;
     * a plain http URL is used as is (tests, or a fixed address).
     */
    private String jwksUri = "lb://org-service/api/auth/jwks";
    /**
     * How long fetched signing keys are used before they are fetched again (a token with an unknown key id fetches at
     * once); when the fetch fails the last keys stay in use.
     */
    private java.time.Duration jwksCacheTtl = java.time.Duration.ofMinutes(5);
    /**
     * The signing keys trusted, as SHA-256 JWK thumbprints (org-service logs each key's); empty: every key of the key
     * set. Pinned, a key another instance publishes under org-service's name verifies nothing.
     */
    private java.util.Set<String> trustedKeys = new java.util.LinkedHashSet<>();
    /** Tolerated difference between the issuer's clock and ours when checking expiry. */
    private java.time.Duration clockSkew = java.time.Duration.ofSeconds(60);
    /** Ant patterns that need no token, besides health and API docs. */
    private List<String> publicPaths = new ArrayList<>();
    /**
     * Ant patterns a password-change token (first login) may call; everything else refuses it. Only
     * the token issuer's password route belongs here.
     */
    private List<String> passwordChangePaths = new ArrayList<>();

    public String getJwksUri() {
        return jwksUri;
    }

    public void setJwksUri(String jwksUri) {
        this.jwksUri = jwksUri;
    }

    public java.util.Set<String> getTrustedKeys() {
        return trustedKeys;
    }

    public void setTrustedKeys(java.util.Set<String> trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    public java.time.Duration getJwksCacheTtl() {
        return jwksCacheTtl;
    }

    public void setJwksCacheTtl(java.time.Duration jwksCacheTtl) {
        this.jwksCacheTtl = jwksCacheTtl;
    }

    public java.time.Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(java.time.Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public List<String> getPasswordChangePaths() {
        return passwordChangePaths;
    }

    public void setPasswordChangePaths(List<String> passwordChangePaths) {
        this.passwordChangePaths = passwordChangePaths;
    }
}
