package org.dangjian.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.dangjian.kit.security.rights.CalledBy;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The allow-list of internal routes: before an {@code /internal/**} handler runs, the calling service must be
 * one its {@link CalledBy} names (on the method, else on its class). The filter chain already refused every token
 * that is not a service's; this decides which service.
 */
final class InternalRouteCallers implements HandlerInterceptor {
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !PATHS.match(ServiceCallers.INTERNAL_PATHS, request.getRequestURI())) {
            return true;
        }
        CalledBy allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CalledBy.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), CalledBy.class);
        }
        String caller = ServiceCallers.find().orElse(null);
        if (allowed == null || caller == null || !Arrays.asList(allowed.value()).contains(caller)) {
            throw ApiException.forbidden("FORBIDDEN.notAnAllowedCaller", caller == null ? "?" : caller);
        }
        return true;
    }
}
