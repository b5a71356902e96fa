package org.dangjian.deploy.launcher.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchivesTest {
    @TempDir
    Path run;

    @Test
    void aFirstStartWritesItsArchiveAtExitAndTheNextStartUsesIt() throws IOException {
        ClassDataArchives archives = new ClassDataArchives(run, true);

        String write = archives.options("org-service").get(0);
        assertThat(write).startsWith("-XX:ArchiveClassesAtExit=");
        Files.createDirectories(run.resolve("app"));
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "classes");
        archives.settle("org-service", true);

        assertThat(archives.options("org-service"))
                .containsExactly("-XX:SharedArchiveFile=" + archives.archive("org-service"), "-Xshare:auto");
    }

    @Test
    void anArchiveOfAKilledProcessIsNeverTrusted() throws IOException {
        ClassDataArchives archives = new ClassDataArchives(run, true);
        String write = archives.options("org-service").get(0);
        Files.createDirectories(run.resolve("app"));
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "half an archive");

        archives.settle("org-service", false);

        assertThat(archives.archive("org-service")).doesNotExist();
        assertThat(archives.options("org-service").get(0)).startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void offMeansNoArchiveOptions() {
        assertThat(new ClassDataArchives(run, false).options("org-service")).isEmpty();
    }

    @Test
    void aProcessWritingAnArchiveIsKnownByItsCommandLine() {
        assertThat(ClassDataArchives.writesAtExit("java -XX:ArchiveClassesAtExit=/x.jsa -jar a.jar")).isTrue();
        assertThat(ClassDataArchives.writesAtExit("java -XX:SharedArchiveFile=/x.jsa -jar a.jar")).isFalse();
    }
}
