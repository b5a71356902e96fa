package org.dangjian.gateway.auth;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Mono;

/**
 * Verifies signature, issuer and times with the wrapped decoder, then asks Redis whether the token
 * was revoked. Sorts every failure into: expired, bad (both 401), or could-not-check (503).
 */
final class GatewayJwtDecoder implements ReactiveJwtDecoder {
    private final ReactiveJwtDecoder verifier;
    private final TokenRevocation revocation;

    GatewayJwtDecoder(ReactiveJwtDecoder verifier, TokenRevocation revocation) {
        this.verifier = verifier;
        this.revocation = revocation;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> verifier.decode(token))
                .onErrorMap(GatewayJwtDecoder::classify)
                .flatMap(jwt -> revocation.check(jwt));
    }

    static Throwable classify(Throwable error) {
        if (error instanceof JwtValidationException invalid && invalid.getErrors().stream()
                .anyMatch(e -> TokenExpiryValidator.EXPIRED.equals(e.getErrorCode()))) {
            return new TokenExceptions.Expired(invalid.getMessage(), invalid);
        }
        if (couldNotCheck(error)) {
            return new TokenExceptions.VerificationUnavailable("signing keys unavailable: " + error.getMessage(), error);
        }
        if (error instanceof BadJwtException) {
            return error;
        }
        if (error instanceof JwtException) {
            // unsupported algorithm, unsigned token and the like: the token's fault, not ours
            return new BadJwtException(error.getMessage(), error);
        }
        return new TokenExceptions.VerificationUnavailable("token verification failed: " + error, error);
    }

    /** The keys could not be fetched: network trouble, a timeout, or no org-service instance. */
    private static boolean couldNotCheck(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebClientException || t instanceof IOException || t instanceof TimeoutException
                    || t instanceof IllegalStateException) {
                return true;
            }
        }
        return false;
    }
}
