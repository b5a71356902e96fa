package org.dangjian.kit.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.dangjian.auth.contract.TokenClaims;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@link CurrentUser} of the request thread from the validated token. */
public final class CurrentUsers {
    private CurrentUsers() {
    }

    /**
     * The caller, or empty on threads without a request (Kafka consumers, schedulers) and for another
     * service calling (see {@link ServiceCallers}): a service is nobody's account and has no scope.
     */
    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt) || ServiceCallers.isService(jwt)) {
            return Optional.empty();
        }
        return Optional.of(fromJwt(jwt));
    }

    /**
     * The caller of a request that security already required to be authenticated. Another service calling a route
     * that acts for an account (changing "its" password, reading "its" record) is refused 403: a service is nobody's
     * account (it used to fail with a 500, reading the service's name as an account id).
     */
    public static CurrentUser get() {
        return find().orElseThrow(() -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof Jwt jwt && ServiceCallers.isService(jwt)) {
                return new AccessDeniedException("a service token acts for no account");
            }
            return new IllegalStateException("no authenticated caller on this thread");
        });
    }

    /**
     * The recruitment case of the caller's account (claim {@code applicant_id}): an applicant's, or a member's
     * admitted through recruitment; empty otherwise. Outside {@link CurrentUser} so that its many callers stay as
     * they are; what an applicant may do is their role's ({@link CurrentUser#APPLICANT}).
     */
    public static Optional<Long> applicantId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt) || ServiceCallers.isService(jwt)) {
            return Optional.empty();
        }
        return Optional.ofNullable(longClaim(jwt, TokenClaims.APPLICANT_ID));
    }

    public static CurrentUser fromJwt(Jwt jwt) {
        return new CurrentUser(
                Long.parseLong(jwt.getSubject()),
                jwt.getClaimAsString(TokenClaims.USERNAME),
                longClaim(jwt, TokenClaims.ORG_ID),
                jwt.getClaimAsString(TokenClaims.ORG_PATH),
                roles(jwt),
                longClaim(jwt, TokenClaims.MEMBER_ID));
    }

    /**
     * The token's roles; none for a password-change token, which may act as nobody. {@code SERVICE} is
     * never a person's role, whatever the token claims.
     */
    static Set<String> roles(Jwt jwt) {
        if (RestrictedTokens.isRestricted(jwt)) {
            return Set.of();
        }
        Object raw = jwt.getClaims().get(TokenClaims.ROLES);
        Set<String> roles = new LinkedHashSet<>();
        if (raw instanceof Collection<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
            roles.remove(TokenClaims.SERVICE_ROLE);
        }
        return Set.copyOf(roles);
    }

    private static Long longClaim(Jwt jwt, String name) {
        String value = jwt.getClaimAsString(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}
