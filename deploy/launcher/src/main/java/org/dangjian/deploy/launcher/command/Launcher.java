package org.dangjian.deploy.launcher.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.health.Health;
import org.dangjian.deploy.launcher.plan.Lineup;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.Planner;
import org.dangjian.deploy.launcher.process.ProcessControl;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.kit.catalog.ServiceCatalog;

/** What every command works with, read once per call: settings, run folder, line-up, processes, health. */
record Launcher(Settings settings, RunFolder run, Lineup lineup, Console console, ProcessControl processes,
                Planner planner, Health health) {

    /** The system property the wrapper sets to the repository's folder. */
    static final String REPOSITORY_PROPERTY = "dj.launcher.repository";

    static Launcher create(Console console) {
        return create(repository(), System.getenv(), console);
    }

    static Launcher create(Path repository, Map<String, String> environment, Console console) {
        Settings settings = Settings.read(repository, environment);
        ServiceCatalog catalog;
        try {
            catalog = ServiceCatalog.inRepository(repository);
        } catch (IllegalArgumentException e) {
            throw new LauncherException("a service description is wrong: " + e.getMessage());
        }
        RunFolder run = new RunFolder(settings.runDir());
        Lineup lineup = Lineup.of(settings, catalog);
        Planner planner = new Planner(settings, run, lineup);
        return new Launcher(settings, run, lineup, console, new ProcessControl(run, console, settings.classDataArchives()), planner,
                new Health(settings, run, planner));
    }

    private static Path repository() {
        String property = System.getProperty(REPOSITORY_PROPERTY);
        Path repository = Path.of(property != null ? property : "").toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(repository.resolve("platform"))) {
            throw new LauncherException(repository + " is not the repository's folder: run the launcher as ./platform");
        }
        return repository;
    }

    boolean isRunning(Member member) {
        return processes.isRunning(member);
    }

    boolean anyRunning(List<Member> members) {
        return members.stream().anyMatch(this::isRunning);
    }

    /** Ends the command with an error, after the tail of the member's log since its latest start. */
    LauncherException failWithLog(Member member, String message) {
        LogTail.show(run.log(member.name()), 40, console);
        return new LauncherException(message + " (log: " + run.log(member.name())
                + "; './platform down' stops what is running)");
    }
}
