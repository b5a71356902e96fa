package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Follows a process's log on a terminal; prints its last lines otherwise (200 unless -n says). */
@Command(name = "logs", hidden = true)
public final class LogsCommand implements Callable<Integer> {
    private static final int DEFAULT_LINES = 200;

    @Option(names = "-n", paramLabel = "N")
    String lines;

    @Parameters(arity = "0..1", paramLabel = "<name>")
    String name;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (name == null) {
            throw new LauncherException("usage: ./platform logs [-n N] <name>");
        }
        if (lines != null && !lines.matches("\\d+")) {
            throw new LauncherException("-n needs a number, not '" + lines + "'");
        }
        Launcher launcher = Launcher.create(Console.system());
        launcher.lineup().get(name);
        Path log = launcher.run().log(name);
        if (!Files.isRegularFile(log)) {
            throw new LauncherException("no log yet at " + log);
        }
        int count = lines == null ? DEFAULT_LINES : Integer.parseInt(lines);
        if (launcher.console().isTerminal()) {
            return new ProcessBuilder("tail", "-n", Integer.toString(count), "-F", log.toString()).inheritIO().start().waitFor();
        }
        List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
        all.subList(Math.max(0, all.size() - count), all.size()).forEach(launcher.console()::say);
        return 0;
    }
}
