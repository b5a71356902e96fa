package org.dangjian.gateway.portal;

import java.util.List;

/** The paths that belong to the portal: every path outside the API, its documents and the health probes. */
public final class PortalPaths {
    private static final List<String> NOT_PORTAL = List.of("/api/", "/v3/", "/swagger-ui", "/webjars/", "/actuator/",
            "/health/");

    private PortalPaths() {
    }

    public static boolean isPortal(String path) {
        if (path.equals("/api") || path.equals("/health") || path.equals("/actuator")) {
            return false;
        }
        return NOT_PORTAL.stream().noneMatch(path::startsWith);
    }
}
