package org.dangjian.deploy.launcher.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Member;

/**
 * Each Spring Boot jar unpacked once into {@code <run>/app/<name>/} ({@code java -Djarmode=tools extract}): the
 * application jar beside its libraries. A JVM loads classes from plain jars faster than from jars nested in
 * one, and only plain jars can be held in a class-data-sharing archive. Measured on 2 cores, transfer-service
 * alone: 15.4 s of CPU to start from the built jar, 11.1 s from the unpacked one. Unpacking takes about 1.5 s
 * per jar and happens again only when the built jar changes (its size and time are kept beside the copy).
 */
public final class UnpackedJars {
    private static final String SOURCE_STAMP = ".unpacked-from";

    private final Path folder;
    private final String java;

    public UnpackedJars(Path runRoot, String java) {
        this.folder = runRoot.resolve("app");
        this.java = java;
    }

    /** The jar to run for this member: its unpacked copy, unpacked again when the built jar changed. */
    public Path runnable(Member member) {
        Path target = folder.resolve(member.name());
        Path runnable = target.resolve(member.jarName());
        String source = stamp(member.jar());
        try {
            Files.createDirectories(folder);
            Path stampFile = target.resolve(SOURCE_STAMP);
            if (Files.isRegularFile(runnable) && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile, StandardCharsets.UTF_8).equals(source)) {
                return runnable;
            }
            deleteTree(target);
            // an archive of the classes of the earlier copy would not match this one
            try (Stream<Path> archives = Files.list(folder)) {
                for (Path a : archives.filter(a -> a.getFileName().toString().startsWith(member.name() + "-")
                        && a.getFileName().toString().contains(".jsa")).toList()) {
                    Files.deleteIfExists(a);
                }
            }
            Files.createDirectories(target);
            Process extract = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-Djarmode=tools", "-jar",
                    member.jar().toString(), "extract", "--destination", target.toString(), "--force"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0 || !Files.isRegularFile(runnable)) {
                extract.destroyForcibly();
                throw new LauncherException("could not unpack " + member.jar() + " into " + target
                        + ": try java -Djarmode=tools -jar " + member.jar() + " extract");
            }
            Files.writeString(stampFile, source, StandardCharsets.UTF_8);
            return runnable;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + member.jar() + " into " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while unpacking " + member.jar());
        }
    }

    private static String stamp(Path jar) {
        try {
            return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + jar.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
