package org.dangjian.deploy.launcher.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.process.ProcessTable;
import picocli.CommandLine.Command;

/** One line per process: pid, state, health, resident memory. All health probes run at once. */
@Command(name = "status", hidden = true)
public final class StatusCommand implements Callable<Integer> {
    private static final String ROW = "%-16s %-8s %-8s %-14s %s";

    @Override
    public Integer call() {
        Launcher launcher = Launcher.create(Console.system());
        Console console = launcher.console();
        Map<Member, Optional<ProcessHandle>> processes = new LinkedHashMap<>();
        Map<Member, CompletableFuture<String>> health = new LinkedHashMap<>();
        for (Member m : launcher.lineup().all()) {
            Optional<ProcessHandle> process = launcher.processes().running(m);
            processes.put(m, process);
            if (process.isPresent()) {
                health.put(m, launcher.health().describe(m));
            }
        }
        ProcessTable table = ProcessTable.snapshot();
        console.say(String.format(ROW, "NAME", "PID", "STATE", "HEALTH", "RSS"));
        processes.forEach((m, process) -> {
            if (process.isPresent()) {
                console.say(String.format(ROW, m.name(), process.get().pid(), console.green(pad("running")),
                        health.get(m).join(), table.rssMb(process.get().pid()) + " MB"));
            } else {
                console.say(String.format(ROW, m.name(), "-", console.red(pad("stopped")), "-", "-"));
            }
        });
        if (processes.get(launcher.lineup().gateway()).isPresent()) {
            console.say("gateway: " + launcher.settings().gatewayUrl());
        }
        return 0;
    }

    /** Colour codes would count in the column's width: pad the word first. */
    private static String pad(String state) {
        return String.format("%-8s", state);
    }
}
