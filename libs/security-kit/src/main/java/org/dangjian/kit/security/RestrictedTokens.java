package org.dangjian.kit.security;

import org.dangjian.auth.contract.TokenClaims;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Tokens that carry {@code scope=password-change} (a new account's first login) may only change the
 * password. The rule lives here, in every service's filter chain, so that no service has to remember
 * it: such a token gets the single authority {@link #PASSWORD_CHANGE} and no roles, and every route
 * outside {@code dj.security.password-change-paths} refuses it with 403 {@link #PASSWORD_CHANGE_REQUIRED}.
 */
public final class RestrictedTokens {
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private RestrictedTokens() {
    }

    public static boolean isRestricted(Jwt jwt) {
        return TokenClaims.SCOPE_PASSWORD_CHANGE.equals(jwt.getClaimAsString(TokenClaims.SCOPE));
    }

    public static boolean isRestricted(Authentication auth) {
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> PASSWORD_CHANGE.equals(a.getAuthority()));
    }

    /** For every route that is neither public nor on the password-change list: a full token only. */
    public static AuthorizationManager<RequestAuthorizationContext> fullTokenRequired() {
        return (authentication, context) ->
                new AuthorizationDecision(isFull(authentication.get()));
    }

    /** A person's full token; a service's token opens only the internal routes ({@link ServiceCallers}). */
    static boolean isFull(Authentication auth) {
        return TRUST.isAuthenticated(auth) && !isRestricted(auth) && !ServiceCallers.isService(auth);
    }
}
