package org.dangjian.deploy.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir
    Path dir;

    @Test
    void resetDeletesOnlyTheLaunchersEntries() throws IOException {
        RunFolder run = new RunFolder(dir.resolve("run"));
        run.prepare();
        Files.writeString(run.log("gateway"), "x");
        Files.createDirectories(run.data().resolve("mariadb"));
        Files.writeString(run.data().resolve("mariadb/ibdata1"), "x");
        EnvFile.write(run.secretsEnv(), Map.of("K", "v"));
        Files.writeString(run.infraEnv(), "DJ_DB_URL=x\n");
        Files.writeString(run.root().resolve("infra.env123.tmp"), "half");
        Files.writeString(run.root().resolve("platform-cli.log"), "the caller's own");

        List<String> kept = run.deleteEntries();

        assertThat(kept).containsExactly("platform-cli.log");
        try (var left = Files.list(run.root())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("platform-cli.log");
        }
    }

    @Test
    void aRunFolderWithNothingElseInItIsDeletedWhole() {
        RunFolder run = new RunFolder(dir.resolve("run"));
        run.prepare();

        assertThat(run.deleteEntries()).isEmpty();
        assertThat(run.root()).doesNotExist();
    }

    @Test
    void envFilesArePrivateAndReadBackAsWrittenWithoutBeingSourced() throws IOException {
        Path file = dir.resolve("env/x.env");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SPRING_APPLICATION_JSON", "{\"a\":{\"b\":\"c=d\"}}");
        values.put("DJ_JAVA_OPTS", "-Xmx96m -XX:+UseSerialGC");
        values.put("EMPTY", "");
        values.put("QUOTED", "it's \"$HOME\"");

        EnvFile.write(file, values);

        assertThat(EnvFile.read(file)).containsExactlyEntriesOf(values);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(EnvFile.read(dir.resolve("missing.env"))).isEmpty();
    }
}
