package org.dangjian.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.dangjian.kit.security.rights.Rules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem details; an expired token gets its own code so clients know to refresh. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    private final ProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, expired(ex) ? TOKEN_EXPIRED : ProblemCodes.UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        // A first-login token outside the password route: tell the client what to do, not just "no".
        boolean restricted = RestrictedTokens.isRestricted(SecurityContextHolder.getContext().getAuthentication());
        if (restricted) {
            problems.write(request, response, HttpStatus.FORBIDDEN, RestrictedTokens.PASSWORD_CHANGE_REQUIRED);
            return;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, reasonOf(ex));
    }

    /** The reason of the named rule that refused, as a message code; null when no rule is known. */
    static String reasonOf(AccessDeniedException ex) {
        if (ex instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision
                && decision.getExpression() != null) {
            return Rules.reasonOf(decision.getExpression().getExpressionString());
        }
        return null;
    }

    private static boolean expired(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException invalid && invalid.getErrors().stream()
                    .anyMatch(e -> e.getDescription() != null && e.getDescription().contains("expired"))) {
                return true;
            }
        }
        return false;
    }
}
