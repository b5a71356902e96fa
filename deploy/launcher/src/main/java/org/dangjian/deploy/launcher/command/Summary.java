package org.dangjian.deploy.launcher.command;

import java.util.List;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.Secrets;
import org.dangjian.deploy.launcher.process.ProcessTable;

/** What {@code up} ends with: how long each process took, what it holds in memory, and where to go next. */
final class Summary {
    private Summary() {
    }

    /** Per process: seconds from {@code up} until it was ready, and its resident memory (its process group's). */
    static void startTable(Launcher launcher, Readiness readiness) {
        Console console = launcher.console();
        ProcessTable table = ProcessTable.snapshot();
        console.say(String.format("  %-18s %9s %9s", "PROCESS", "READY", "RSS"));
        long total = 0;
        List<Member> all = launcher.lineup().all();
        for (Member m : all) {
            String ready = readiness.readyAfter(m).map(Readiness::seconds).orElse("running");
            String rss = launcher.processes().running(m).map(p -> table.rssMb(p.pid())).map(mb -> mb + " MB").orElse("-");
            total += launcher.processes().running(m).map(p -> table.rssMb(p.pid())).orElse(0L);
            console.say(String.format("  %-18s %9s %9s", m.name(), ready, rss));
        }
        console.say(String.format("  %-18s %9s %9s", "total", "", total + " MB"));
    }

    static void addresses(Launcher launcher) {
        Console console = launcher.console();
        String gateway = launcher.settings().gatewayUrl();
        if (PortalBuild.built(launcher)) {
            console.say("  portal:      " + gateway + "/   (sign in as admin)");
        }
        console.say("  gateway:     " + gateway);
        console.say("  Swagger UI:  " + gateway + "/swagger-ui.html");
        String registry;
        try {
            registry = "http://127.0.0.1:" + launcher.planner().registryPort() + "/";
        } catch (LauncherException unknown) {
            registry = "?";
        }
        console.say("  registry:    " + registry);
        Secrets.adminPassword(launcher.run()).ifPresentOrElse(
                password -> console.say("  admin password (generated at first start): " + password),
                () -> {
                    if (launcher.settings().get("DJ_ADMIN_PASSWORD").isPresent()) {
                        console.say("  admin password: the one in DJ_ADMIN_PASSWORD");
                    }
                });
        console.say("  logs:        " + launcher.run().logs() + "   (./platform logs <name>)");
    }
}
