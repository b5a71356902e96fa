package org.dangjian.deploy.launcher.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code KEY=value} lines, no quoting (the format of docker's and systemd's env files). Read line by line,
 * never sourced: a value may hold spaces, quotes and JSON.
 */
public final class EnvFile {
    private EnvFile() {
    }

    /** The file's variables in their order; none when it does not exist. Blank lines and # comments are skipped. */
    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq <= 0) {
                    continue;
                }
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        } catch (NoSuchFileException e) {
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return values;
    }

    /** Writes the variables privately (mode 600), replacing the file at once. */
    public static void write(Path file, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(key + " must not contain a line break");
            }
            out.append(key).append('=').append(value).append('\n');
        });
        PrivateFile.write(file, out.toString());
    }
}
