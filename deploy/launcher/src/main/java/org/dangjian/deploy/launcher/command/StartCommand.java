package org.dangjian.deploy.launcher.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Kind;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.Ports;
import org.dangjian.deploy.launcher.plan.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Starts one process again the way {@code up} did. Sticky: pass-through values and JVM options of its
 * previous start stay unless the caller's environment sets them; the caller's environment is inherited.
 */
@Command(name = "start", hidden = true)
public final class StartCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "<name>")
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            throw new LauncherException("usage: ./platform start <name>");
        }
        Launcher launcher = Launcher.create(Console.system());
        Console console = launcher.console();
        Member member = launcher.lineup().get(name);
        launcher.run().prepare();
        var running = launcher.processes().running(member);
        if (running.isPresent()) {
            console.info(name + " is already running (pid " + running.get().pid() + ")");
            return 0;
        }
        Instant started = Instant.now();
        Readiness readiness = new Readiness(launcher, started);
        switch (member.kind()) {
            case INFRA -> {
                UpCommand.deleteInfraEnv(launcher);
                launcher.processes().launch(launcher.planner().plan(member, true));
                readiness.await(List.of(member), List.of(member));
                if (launcher.anyRunning(launcher.lineup().edgeAndServices())) {
                    console.warn("MariaDB, Redis and Kafka came back on new ports: restart the others "
                            + "(./platform down && ./platform up)");
                }
            }
            case REGISTRY -> {
                launcher.processes().launch(launcher.planner().plan(member, true));
                readiness.await(List.of(member), List.of(member));
            }
            case GATEWAY, SERVICE -> {
                requireRunning(launcher, launcher.lineup().infra(), "local-infra is not running: use ./platform up");
                requireRunning(launcher, launcher.lineup().registry(), "the registry is not running: use ./platform up");
                if (member.kind() == Kind.GATEWAY && Ports.inUse(launcher.settings().gatewayPort())) {
                    throw new LauncherException("port " + launcher.settings().gatewayPort() + " is taken by another program");
                }
                if (member.kind() == Kind.SERVICE) {
                    Secrets.ensure(launcher.run(), launcher.lineup(), launcher.settings(), console);
                }
                launcher.processes().launch(launcher.planner().plan(member, true));
                // a service is ready when the gateway routes to it; without a gateway, starting is all there is
                if (member.kind() == Kind.GATEWAY || launcher.isRunning(launcher.lineup().gateway())) {
                    readiness.await(List.of(member), List.of(member));
                }
            }
        }
        console.info(name + " is up after " + Readiness.seconds(Duration.between(started, Instant.now())));
        return 0;
    }

    private static void requireRunning(Launcher launcher, Member member, String message) {
        if (!launcher.isRunning(member)) {
            throw new LauncherException(message);
        }
    }
}
