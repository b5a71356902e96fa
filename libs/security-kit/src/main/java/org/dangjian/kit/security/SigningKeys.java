package org.dangjian.kit.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import org.dangjian.auth.contract.PinnedKeys;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * org-service's public keys as every service holds them: fetched once, kept {@code ttl}, fetched again at once
 * when a token names a key id not yet seen (a rotation), and, when org-service cannot be reached (busy, restarting,
 * briefly out of discovery), the last keys fetched stay in use instead of every request failing.
 */
public final class SigningKeys {
    private SigningKeys() {
    }

    public static JWKSource<SecurityContext> remote(String jwksUri, RestTemplate rest, Duration ttl) {
        URL url;
        try {
            url = URI.create(JwksClient.httpUri(jwksUri)).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("dj.security.jwks-uri is not a URL: " + jwksUri, e);
        }
        return JWKSourceBuilder.<SecurityContext>create(url, retriever(rest))
                .cache(ttl.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .refreshAheadCache(false)
                // tokens naming made-up key ids must not make every request fetch: at most two fetches in 30 s
                // (keys kept for less than a minute, as tests do, are fetched whenever they expire)
                .rateLimited(ttl.compareTo(Duration.ofMinutes(1)) >= 0)
                .retrying(true)
                .outageTolerantForever()
                .build();
    }

    /** Only the keys {@code thumbprints} pin (all when none are): see {@link PinnedKeys}. */
    public static JWKSource<SecurityContext> pinned(JWKSource<SecurityContext> source, Set<String> thumbprints) {
        if (thumbprints == null || thumbprints.isEmpty()) {
            return source;
        }
        return (selector, context) -> PinnedKeys.trusted(source.get(selector, context), thumbprints);
    }

    /** Fetches through the given client (which resolves {@code org-service} through discovery when load-balanced). */
    private static ResourceRetriever retriever(RestTemplate rest) {
        return url -> {
            try {
                ResponseEntity<String> answer = rest.getForEntity(url.toURI(), String.class);
                MediaType type = answer.getHeaders().getContentType();
                return new Resource(answer.getBody(), type == null ? null : type.toString());
            } catch (Exception e) {
                // no instance in discovery, refused connection, an error status: all "could not fetch"
                throw new IOException("could not fetch the signing keys from " + url + ": " + e.getMessage(), e);
            }
        };
    }
}
