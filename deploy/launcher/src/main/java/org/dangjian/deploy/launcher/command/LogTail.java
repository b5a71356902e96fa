package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.deploy.launcher.Console;

/** The last lines a process wrote since its latest start (the launcher marks each start in the log). */
final class LogTail {
    private LogTail() {
    }

    static void show(Path log, int lines, Console console) {
        if (!Files.isRegularFile(log)) {
            console.explain("(no log at " + log + ")");
            return;
        }
        console.explain("---- last " + lines + " lines of " + log + " ----");
        lastLines(log, lines).forEach(console::explain);
        console.explain("----");
    }

    static List<String> lastLines(Path log, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            int from = 0;
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).startsWith("===== ") && all.get(i).contains(": starting ")) {
                    from = i;
                    break;
                }
            }
            return all.subList(Math.max(from, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
