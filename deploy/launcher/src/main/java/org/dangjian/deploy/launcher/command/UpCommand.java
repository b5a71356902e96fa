package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.Ports;
import org.dangjian.deploy.launcher.plan.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds what is missing, starts everything that is not running, and waits until the gateway routes to
 * every service. local-infra and the registry start together (the registry needs no infrastructure); the
 * gateway and the services start together once both are ready.
 */
@Command(name = "up", hidden = true)
public final class UpCommand implements Callable<Integer> {
    @Option(names = "--build", description = "rebuild everything first")
    boolean build;

    @Option(names = "--portal", description = "rebuild the portal (npm ci and npm run build in portal/) and restart the gateway to serve it")
    boolean portal;

    @Override
    public Integer call() {
        Launcher launcher = Launcher.create(Console.system());
        Console console = launcher.console();
        launcher.run().prepare();
        List<Member> all = launcher.lineup().all();
        if (portal && launcher.isRunning(launcher.lineup().gateway())) {
            // the gateway learns where the portal is when it starts
            launcher.processes().stop(List.of(launcher.lineup().gateway()));
        }
        if (!build && all.stream().allMatch(launcher::isRunning)) {
            console.info("Dangjian Cloud is already up");
            Summary.addresses(launcher);
            return 0;
        }
        if (build) {
            for (Member m : all) {
                if (launcher.isRunning(m)) {
                    throw new LauncherException(m.name() + " is running: './platform down' before rebuilding "
                            + "(a JVM reads its jar while it runs)");
                }
            }
        }
        Build.ensureJars(launcher, build);
        PortalBuild.ensure(launcher, build || portal);
        // the timeout (and the start-up times reported) count from here, not from before a build
        Instant started = Instant.now();
        LocalTime clock = LocalTime.now();
        Readiness readiness = new Readiness(launcher, started);
        Member gateway = launcher.lineup().gateway();
        int port = launcher.settings().gatewayPort();
        if (!launcher.isRunning(gateway) && Ports.inUse(port)) {
            throw new LauncherException("port " + port + " is taken by another program: stop it or set DJ_GATEWAY_PORT");
        }
        Secrets.ensure(launcher.run(), launcher.lineup(), launcher.settings(), console);

        console.info("starting MariaDB, Redis and Kafka (local-infra) and the registry");
        Member infra = launcher.lineup().infra();
        Member registry = launcher.lineup().registry();
        if (!launcher.isRunning(infra)) {
            deleteInfraEnv(launcher);
            launcher.processes().launch(launcher.planner().plan(infra, false));
        }
        if (!launcher.isRunning(registry)) {
            launcher.processes().launch(launcher.planner().plan(registry, false));
        }
        List<Member> rest = launcher.lineup().edgeAndServices();
        // unpacking the other jars (after a build) overlaps the infrastructure's start instead of delaying theirs
        CompletableFuture<Void> unpacked = CompletableFuture.runAsync(() -> rest.stream()
                .filter(m -> !launcher.isRunning(m)).forEach(launcher.processes()::unpack));
        readiness.await(List.of(infra, registry), List.of(infra, registry));
        unpacked.join();

        console.info("starting gateway and services: "
                + String.join(" ", launcher.lineup().services().stream().map(Member::name).toList()));
        for (Member m : rest) {
            if (!launcher.isRunning(m)) {
                launcher.processes().launch(launcher.planner().plan(m, false));
            }
        }
        console.info("waiting until the gateway routes to every service (timeout "
                + launcher.settings().upTimeout().toSeconds() + "s in all)");
        readiness.await(rest, all);

        console.say("");
        // "started in N s" as before: .ci/stage-times reads it from the e2e suite's platform-cli.log
        console.say(console.green("Dangjian Cloud is up") + " (started in "
                + Duration.between(started, Instant.now()).toSeconds() + " s, from "
                + clock.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + ")");
        Summary.startTable(launcher, readiness);
        Summary.addresses(launcher);
        return 0;
    }

    static void deleteInfraEnv(Launcher launcher) {
        try {
            Files.deleteIfExists(launcher.run().infraEnv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
