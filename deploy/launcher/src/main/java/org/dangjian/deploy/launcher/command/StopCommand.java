package org.dangjian.deploy.launcher.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Kind;
import org.dangjian.deploy.launcher.plan.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Stops one process. */
@Command(name = "stop", hidden = true)
public final class StopCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "<name>")
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            throw new LauncherException("usage: ./platform stop <name>");
        }
        Launcher launcher = Launcher.create(Console.system());
        Member member = launcher.lineup().get(name);
        if (!launcher.isRunning(member)) {
            launcher.console().info(name + " is not running");
            return 0;
        }
        launcher.processes().stop(List.of(member));
        if (member.kind() == Kind.INFRA) {
            UpCommand.deleteInfraEnv(launcher);
        }
        launcher.console().info(name + " stopped");
        return 0;
    }
}
