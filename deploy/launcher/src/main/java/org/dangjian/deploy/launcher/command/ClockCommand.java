package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.run.PrivateFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./platform clock [<offset>|reset]}: moves the running platform's "now" ahead of the real time, for a
 * rehearsal (a year of probation in a minute). Every process reads the offset from the run folder at its next
 * "now"; nothing restarts. Without an argument it shows where the clock stands.
 */
@Command(name = "clock", hidden = true)
public final class ClockCommand implements Callable<Integer> {
    /** The users' zone, as the services' {@code dj.time-zone} default. */
    private static final ZoneId USERS = ZoneId.of("Asia/Shanghai");

    @Parameters(arity = "0..1", paramLabel = "<offset>")
    String offset;

    @Override
    public Integer call() {
        Launcher launcher = Launcher.create(Console.system());
        Path file = launcher.run().clockFile();
        if (offset != null && offset.equalsIgnoreCase("reset")) {
            delete(file);
        } else if (offset != null) {
            PrivateFile.write(file, parse(offset).toString() + "\n");
        }
        Duration now = current(file);
        launcher.console().info(now.isZero() ? "the platform's clock runs on the real time"
                : "the platform's clock runs " + now + " ahead: it is " + LocalDateTime.now(USERS).plus(now).withNano(0)
                + " in " + USERS + " (./platform clock reset goes back to the real time)");
        return 0;
    }

    /** ISO-8601 ({@code P400D}, {@code PT10H}) or days and hours written short ({@code 400d}, {@code 10h}). */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (t.matches("\\d+d")) {
                d = Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.matches("\\d+h")) {
                d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new LauncherException("'" + text + "' is not an offset: write P400D or 400d (days), PT10H or 10h"
                    + " (hours), or reset");
        }
        if (d.isNegative()) {
            throw new LauncherException("the clock moves forward only (tokens would be born expired): write an offset"
                    + " of zero or more, or reset");
        }
        return d;
    }

    static Duration current(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (IOException | DateTimeParseException e) {
            throw new LauncherException(file + " is unreadable: ./platform clock reset");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
