package org.dangjian.kit.web.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dangjian.kit.web.devmode.DevelopmentModeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code ./platform clock}: a rehearsal moves every running process's clock by rewriting one file. */
class MovableClockTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DevelopmentModeAutoConfiguration.class,
                    BusinessClockAutoConfiguration.class));

    @TempDir
    Path run;

    @Test
    void rewritingTheClockFileMovesTodayWithoutARestart() throws Exception {
        Path file = run.resolve("clock-offset");
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.file=" + file).run(c -> {
            Clock clock = c.getBean(Clock.class);
            LocalDate realToday = LocalDate.now(Clock.system(CHINA));
            assertThat(LocalDate.now(clock)).as("no file: the real date").isIn(realToday, realToday.plusDays(1));

            write(file, "P400D");
            assertThat(LocalDate.now(clock)).as("the next 'now' after the file says 400 days")
                    .isIn(realToday.plusDays(400), realToday.plusDays(401));

            write(file, "P30D");
            assertThat(LocalDate.now(clock)).isIn(realToday.plusDays(30), realToday.plusDays(31));

            Files.delete(file);
            assertThat(LocalDate.now(clock)).as("the file removed: the real date again").isIn(realToday, realToday.plusDays(1));
        });
    }

    @Test
    void theFileAddsToTheOffsetSetAtStart() throws Exception {
        Path file = run.resolve("clock-offset");
        write(file, "P10D");
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.offset=P5D", "dj.clock.file=" + file).run(c -> {
            Instant expected = Instant.now().plus(Duration.ofDays(15));
            assertThat(c.getBean(Clock.class).instant()).isBetween(expected.minusSeconds(5), expected.plusSeconds(5));
        });
    }

    @Test
    void anOffsetBackwardsInTheFileCountsAsNone() throws Exception {
        Path file = run.resolve("clock-offset");
        write(file, "-P3D");
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.file=" + file).run(c -> {
            Instant now = Instant.now();
            assertThat(c.getBean(Clock.class).instant()).isBetween(now.minusSeconds(5), now.plusSeconds(5));
        });
    }

    @Test
    void aClockFileWithoutDevelopmentModeRefusesToStart() {
        context.withPropertyValues("dj.clock.file=" + run.resolve("clock-offset")).run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("(DJ_CLOCK_FILE) lets a rehearsal move the platform's clock"
                        + " and is for development only"));
    }

    /** As the launcher writes it: aside, then renamed over the old one. */
    private static void write(Path file, String offset) throws Exception {
        Path aside = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), offset);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
