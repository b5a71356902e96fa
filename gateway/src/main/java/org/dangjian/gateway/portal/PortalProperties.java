package org.dangjian.gateway.portal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the built portal is ({@code portal/dist}: {@code index.html} and {@code assets/}). The launcher sets it
 * (DJ_PORTAL_DIR) when the portal has been built; without it the gateway serves the API alone. In Kubernetes the
 * portal is its own static container behind the same ingress, and this stays unset.
 */
@ConfigurationProperties("dj.portal")
public class PortalProperties {
    private Path dir;

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }
}
