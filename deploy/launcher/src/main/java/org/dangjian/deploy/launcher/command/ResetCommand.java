package org.dangjian.deploy.launcher.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import picocli.CommandLine.Command;

/** down, then deletes what the launcher keeps in the run folder; other files there stay. */
@Command(name = "reset", hidden = true)
public final class ResetCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Launcher launcher = Launcher.create(Console.system());
        DownCommand.down(launcher);
        launcher.console().info("deleting the run data in " + launcher.run().root() + " (database, Redis data, keys, logs)");
        List<String> kept = launcher.run().deleteEntries();
        if (!kept.isEmpty()) {
            launcher.console().say("   kept files that are not the launcher's: " + String.join(" ", kept));
        }
        launcher.console().info("reset done");
        return 0;
    }
}
