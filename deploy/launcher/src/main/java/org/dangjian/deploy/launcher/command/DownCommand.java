package org.dangjian.deploy.launcher.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.plan.Member;
import picocli.CommandLine.Command;

/** Stops everything the launcher started, by recorded pid: gateway and services together, the registry, infrastructure last. */
@Command(name = "down", hidden = true)
public final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        down(Launcher.create(Console.system()));
        return 0;
    }

    static void down(Launcher launcher) {
        Console console = launcher.console();
        List<Member> all = launcher.lineup().all();
        if (!launcher.anyRunning(all)) {
            console.info("nothing is running");
            for (Member m : all) {
                launcher.processes().reap(m.name());
                launcher.processes().forget(m.name());
            }
            return;
        }
        console.info("stopping gateway and services");
        launcher.processes().stop(launcher.lineup().edgeAndServices());
        console.info("stopping the registry");
        launcher.processes().stop(List.of(launcher.lineup().registry()));
        console.info("stopping MariaDB, Redis and Kafka");
        launcher.processes().stop(List.of(launcher.lineup().infra()));
        UpCommand.deleteInfraEnv(launcher);
        console.info("down");
    }
}
