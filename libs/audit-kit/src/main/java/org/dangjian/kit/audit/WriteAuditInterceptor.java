package org.dangjian.kit.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.ServiceCallers;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts every write request the service answered on record once the answer is known: who (the account, or the
 * calling service), when, what (method, route and path; never the body, which may hold personal data), from where
 * and the outcome (the status). Requests that security refused before any route (no or a bad token) are not
 * writes by anyone and are not recorded here, nor are routes marked {@link NotAudited} (with their reason). A
 * failure to record is logged and does not change the answer, which has been sent.
 */
final class WriteAuditInterceptor implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(WriteAuditInterceptor.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final WriteAuditLog audit;

    WriteAuditInterceptor(WriteAuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!WRITES.contains(request.getMethod())
                || handler instanceof HandlerMethod method && method.hasMethodAnnotation(NotAudited.class)) {
            return;
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<CurrentUser> user = CurrentUsers.find();
        String username = user.map(CurrentUser::username)
                .or(() -> ServiceCallers.find().map(service -> TokenClaims.SERVICE_SUBJECT_PREFIX + service))
                .orElse(null);
        try {
            audit.append(user.map(CurrentUser::accountId).orElse(null), username,
                    user.map(CurrentUser::orgPath).orElse(null), request.getMethod(),
                    route == null ? null : route.toString(), request.getRequestURI(), status,
                    RequestOrigin.clientIp(), RequestOrigin.traceId());
        } catch (RuntimeException e) {
            log.error("write audit: could not record {} {} ({}) by {}", request.getMethod(), request.getRequestURI(),
                    status, username, e);
        }
    }
}
