package org.dangjian.kit.security;

import java.util.Collection;
import java.util.Optional;
import org.dangjian.auth.contract.TokenClaims;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * One service calling another. org-service gives a service a token with the subject
 * {@code service:<name>} and the role {@code SERVICE}, and no organisation. Such a token opens the
 * {@code /internal/**} routes and nothing else, and a person's token never opens those: a service acts
 * for the platform, outside any organisation's scope, so each internal route decides itself what it
 * reveals. The gateway routes only {@code /api/**}, so clients cannot reach internal routes at all.
 */
public final class ServiceCallers {
    public static final String INTERNAL_PATHS = "/internal/**";
    public static final String AUTHORITY = "ROLE_" + TokenClaims.SERVICE_ROLE;

    private ServiceCallers() {
    }

    /** Both the subject and the role must say so: an account that was somehow given the role is still a person. */
    public static boolean isService(Jwt jwt) {
        String subject = jwt.getSubject();
        return subject != null && subject.startsWith(TokenClaims.SERVICE_SUBJECT_PREFIX)
                && jwt.getClaims().get(TokenClaims.ROLES) instanceof Collection<?> roles
                && roles.contains(TokenClaims.SERVICE_ROLE);
    }

    static boolean isService(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /** The name of the service calling on this thread ({@code notify-service}), or empty for anyone else. */
    public static Optional<String> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt) || !isService(jwt)) {
            return Optional.empty();
        }
        return Optional.of(jwt.getSubject().substring(TokenClaims.SERVICE_SUBJECT_PREFIX.length()));
    }
}
