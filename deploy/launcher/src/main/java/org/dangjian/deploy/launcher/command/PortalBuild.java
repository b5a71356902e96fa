package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.deploy.launcher.plan.Planner;

/**
 * Builds the portal ({@code portal/}, Vue) with npm when its build is missing, or always with
 * {@code ./platform up --portal}. Without Node.js the platform still starts, API only, and says how to get the
 * portal; a failed portal build is reported the same way and does not stop the services.
 */
final class PortalBuild {
    private PortalBuild() {
    }

    static void ensure(Launcher launcher, boolean rebuild) {
        Path portal = launcher.settings().repository().resolve("portal");
        Path dist = Planner.portalDist(launcher.settings());
        if (!Files.isRegularFile(portal.resolve("package.json"))) {
            return;
        }
        if (!rebuild && Files.isRegularFile(dist.resolve("index.html"))) {
            return;
        }
        if (!available("npm")) {
            launcher.console().warn("the portal is not built and npm is not installed: the API works, the portal "
                    + "needs Node.js 20 with npm (then ./platform up --portal)");
            return;
        }
        try {
            if (rebuild || !Files.isDirectory(portal.resolve("node_modules"))) {
                launcher.console().info("installing the portal's packages (npm ci in portal/)");
                Build.run(portal, List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci failed in portal/");
            }
            launcher.console().info("building the portal (npm run build in portal/)");
            Build.run(portal, List.of("npm", "run", "build"), "the portal's build failed");
        } catch (RuntimeException failed) {
            launcher.console().warn(failed.getMessage() + ": starting without the portal; fix it and run "
                    + "./platform up --portal");
        }
    }

    static boolean built(Launcher launcher) {
        return Files.isRegularFile(Planner.portalDist(launcher.settings()).resolve("index.html"));
    }

    private static boolean available(String tool) {
        try {
            Process version = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
