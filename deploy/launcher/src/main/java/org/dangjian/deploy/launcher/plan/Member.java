package org.dangjian.deploy.launcher.plan;

import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.kit.catalog.ServiceDescription;

/**
 * One process of the platform.
 *
 * @param description the service's description; empty for local-infra, the registry and the gateway
 */
public record Member(String name, Kind kind, Path jar, Optional<ServiceDescription> description) {

    /** How the process is recognised among running ones: its command line names this jar. */
    public String jarName() {
        return jar.getFileName().toString();
    }

    public ServiceDescription service() {
        return description.orElseThrow(() -> new IllegalStateException(name + " is not a described service"));
    }
}
