package org.dangjian.deploy.launcher.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data-sharing archive per process ({@code <run>/app/<name>-<java version>.jsa}): the classes a
 * process loaded, already parsed and verified, mapped into the next start of the same unpacked jar. Measured
 * on 2 cores, transfer-service alone: 11.1 s of CPU to start from its unpacked jar, 7.4 s with its archive.
 *
 * <p>No separate training run: a process started without an archive writes one when it exits normally
 * ({@code -XX:ArchiveClassesAtExit}, which works on Java 17), first under a temporary name, which becomes the
 * archive only when the process ended by itself after TERM; a process killed while writing leaves nothing
 * that a later start would trust. So the first start after a build is as fast as before, and every later
 * one faster.
 *
 * <p>Off unless {@code DJ_CDS=auto}: recording the classes makes the first start slower (transfer-service alone:
 * 17.1 s of CPU instead of 11.3) and writing the archive makes {@code down} slower (77 s instead of 12 for the
 * platform), while a start from the archives was 62 s instead of 69 for the whole platform. That pays only when
 * the same jars are restarted several times, e.g. on a demonstration machine; a test run starts once. An archive is tied to the unpacked jar and the JVM build:
 * unpacking again deletes it ({@link UnpackedJars}), and another Java version has its own file name.
 */
public final class ClassDataArchives {
    static final String WRITE_OPTION = "-XX:ArchiveClassesAtExit=";
    private final Path folder;
    private final boolean enabled;

    public ClassDataArchives(Path runRoot, boolean enabled) {
        this.folder = runRoot.resolve("app");
        this.enabled = enabled;
    }

    /** The JVM options for the next start: use the archive there is, or write one at exit. */
    public List<String> options(String name) {
        if (!enabled) {
            return List.of();
        }
        try {
            Files.deleteIfExists(writing(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path archive = archive(name);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        return List.of(WRITE_OPTION + writing(name));
    }

    /** Whether a process's command line asks it to write an archive when it exits (it then needs longer to stop). */
    public static boolean writesAtExit(String commandLine) {
        return commandLine.contains(WRITE_OPTION);
    }

    /** After a stop: the archive written at exit is kept when the process ended by itself, dropped when killed. */
    public void settle(String name, boolean endedByItself) {
        Path written = writing(name);
        try {
            if (endedByItself && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, archive(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class-data archive of " + name, e);
        }
    }

    Path archive(String name) {
        return folder.resolve(name + "-" + Runtime.version() + ".jsa");
    }

    private Path writing(String name) {
        return folder.resolve(name + "-" + Runtime.version() + ".jsa.writing");
    }
}
