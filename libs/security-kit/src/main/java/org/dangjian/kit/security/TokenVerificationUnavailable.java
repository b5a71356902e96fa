package org.dangjian.kit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token that could not be checked (no signing keys yet and org-service unreachable, the revocation store down) is
 * not the caller's fault: 503 {@code SERVICE_UNAVAILABLE} with a problem body saying so, as the gateway answers,
 * never the bare 500
 * Spring Security's resource server would give by letting the exception escape its filter.
 */
final class TokenVerificationUnavailable extends OncePerRequestFilter {
    static final String REASON = "SERVICE_UNAVAILABLE.tokenUnverifiable";
    private static final Logger log = LoggerFactory.getLogger(TokenVerificationUnavailable.class);
    private final ProblemWriter problems;

    TokenVerificationUnavailable(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.warn("a token could not be verified: {}", e.getMessage());
            response.setHeader("Retry-After", "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE, REASON);
        }
    }
}
