package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.kit.catalog.ServiceCatalog;

/** Builds the jars {@code up} needs when any is missing (or when asked), with the project's Maven wrapper. */
final class Build {
    /**
     * Everything but the launcher itself: it is running from its jar (the wrapper built it), and rewriting that
     * jar under a running JVM loses the classes it has not loaded yet (seen on a fresh clone: NoClassDefFoundError
     * in the middle of {@code up}). The wrapper rebuilds the launcher when its sources change.
     */
    static final List<String> COMMAND = List.of("./mvnw", "-B", "-q", "-DskipTests", "install", "-pl", "!deploy/launcher");

    private Build() {
    }

    static void ensureJars(Launcher launcher, boolean everything) {
        List<Member> missing = launcher.lineup().all().stream().filter(m -> !Files.isRegularFile(m.jar())).toList();
        if (!everything && missing.isEmpty()) {
            warnIfDescriptionsChanged(launcher);
            return;
        }
        launcher.console().info(everything ? "building everything (" + String.join(" ", COMMAND) + ")"
                : "building: " + String.join(" ", missing.stream().map(Member::name).toList()) + " missing ("
                + String.join(" ", COMMAND) + ")");
        run(launcher.settings().repository(), COMMAND, "the build failed; fix it and run ./platform up again");
        for (Member m : launcher.lineup().all()) {
            if (!Files.isRegularFile(m.jar())) {
                throw new LauncherException("the build did not produce " + m.jar());
            }
        }
    }

    /**
     * The gateway's routes and org-service's allow-list come from the descriptions packed into the jars: a
     * description edited after the gateway was built is not in force until everything is rebuilt.
     */
    private static void warnIfDescriptionsChanged(Launcher launcher) {
        Path repository = launcher.settings().repository();
        FileTime built = modified(launcher.lineup().gateway().jar());
        List<String> newer = launcher.lineup().catalog().names().stream()
                .map(name -> repository.resolve(name).resolve(ServiceCatalog.FILE_NAME))
                .filter(file -> modified(file).compareTo(built) > 0)
                .map(file -> repository.relativize(file).toString()).toList();
        if (!newer.isEmpty()) {
            launcher.console().warn(String.join(", ", newer) + " changed after the gateway was built: "
                    + "run './platform down' and './platform up --build' to put the change in force");
        }
    }

    static void run(Path repository, List<String> command, String failure) {
        try {
            Process build = new ProcessBuilder(command).directory(repository.toFile()).inheritIO().start();
            if (build.waitFor() != 0) {
                throw new LauncherException(failure);
            }
        } catch (IOException e) {
            throw new LauncherException(failure + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while building");
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
