package org.dangjian.gateway.auth;

import org.dangjian.gateway.problem.ProblemType;
import org.dangjian.gateway.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 (or 503 when the token could not be checked) as problem details, with a Bearer challenge. */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        ProblemType type = classify(failure);
        if (type == ProblemType.AUTH_UNAVAILABLE) {
            log.warn("could not verify a token: {}", failure.getMessage());
        } else {
            log.debug("rejected {} {}: {} ({})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), type, failure.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, type == ProblemType.TOKEN_MISSING
                    ? "Bearer realm=\"dangjian-cloud\""
                    : "Bearer realm=\"dangjian-cloud\", error=\"invalid_token\"");
        }
        return problems.write(exchange, type);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, ProblemType.FORBIDDEN);
    }

    static ProblemType classify(AuthenticationException failure) {
        if (TokenExceptions.find(failure, TokenExceptions.VerificationUnavailable.class) != null
                || failure instanceof AuthenticationServiceException) {
            return ProblemType.AUTH_UNAVAILABLE;
        }
        if (TokenExceptions.find(failure, TokenExceptions.Expired.class) != null) {
            return ProblemType.TOKEN_EXPIRED;
        }
        if (TokenExceptions.find(failure, TokenExceptions.Revoked.class) != null) {
            return ProblemType.TOKEN_REVOKED;
        }
        if (failure instanceof InvalidBearerTokenException || failure instanceof OAuth2AuthenticationException) {
            return ProblemType.TOKEN_INVALID;
        }
        return ProblemType.TOKEN_MISSING;
    }
}
