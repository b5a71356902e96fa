package org.dangjian.deploy.launcher.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.ProcessPlan;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.deploy.launcher.startup.ClassDataArchives;
import org.dangjian.deploy.launcher.startup.UnpackedJars;

/**
 * Starts and stops the platform's JVMs. Each runs in its own session and process group ({@code setsid}), so it
 * outlives the launcher and the terminal, and whatever it spawns can be reached through the group; the pid
 * recorded in {@code <run>/pids/<name>.pid} is the JVM's, and the group's id.
 */
public final class ProcessControl {
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** A JVM writing its class-data archive at exit needs longer (measured: up to 18 s with both cores busy). */
    static final Duration STOP_TIMEOUT_WRITING_ARCHIVE = Duration.ofSeconds(90);
    private static final DateTimeFormatter MARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RunFolder run;
    private final Console console;
    private final UnpackedJars unpacked;
    private final ClassDataArchives archives;

    public ProcessControl(RunFolder run, Console console, boolean classDataArchives) {
        this.run = run;
        this.console = console;
        this.unpacked = new UnpackedJars(run.root(), java());
        this.archives = new ClassDataArchives(run.root(), classDataArchives);
    }

    /** The member's process when its recorded pid still runs its jar (a pid reused by another program is not ours). */
    public Optional<ProcessHandle> running(Member member) {
        return recordedPid(member.name()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains("/" + member.jarName())).orElse(false));
    }

    public boolean isRunning(Member member) {
        return running(member).isPresent();
    }

    /**
     * Unpacks the member's jar ahead of its start, when it changed since the last time ({@link UnpackedJars}):
     * {@code up} does it for the gateway and the services while the infrastructure starts.
     */
    public void unpack(Member member) {
        if (Files.isRegularFile(member.jar())) {
            unpacked.runnable(member);
        }
    }

    /** Starts the process in its own session, output appended to its log after a start marker. */
    public ProcessHandle launch(ProcessPlan plan) {
        Member member = plan.member();
        if (!Files.isRegularFile(member.jar())) {
            throw new LauncherException(member.jar() + " is missing: run ./platform up (it builds) or ./mvnw -B -q -DskipTests install");
        }
        reap(member.name());
        // what it was started with, for people and for a later sticky start; never sourced
        EnvFile.write(run.envFile(member.name()), plan.environment());
        try {
            Files.deleteIfExists(run.pidFile(member.name()));
            Files.createDirectories(run.logs());
            Files.createDirectories(run.tmp());
            Files.writeString(run.log(member.name()), "\n===== " + LocalDateTime.now().format(MARK_TIME) + ": starting "
                    + member.name() + " =====\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            List<String> command = new ArrayList<>(Detach.prefix());
            command.addAll(plan.command(java(), unpacked.runnable(member), archives.options(member.name())));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(run.root().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(run.log(member.name()).toFile()));
            // the launcher's whole environment, then the env file's variables
            builder.environment().putAll(plan.environment());
            Process process = builder.start();
            // setsid executes java in place (a freshly started child never leads a group), so this is the JVM
            Files.writeString(run.pidFile(member.name()), process.pid() + "\n", StandardCharsets.UTF_8);
            console.say("   started " + member.name() + " (pid " + process.pid() + ", log " + run.log(member.name()) + ")");
            return process.toHandle();
        } catch (IOException e) {
            throw new LauncherException(member.name() + " did not start: " + e.getMessage() + " (see " + run.log(member.name()) + ")");
        }
    }

    /**
     * Stops the processes together: TERM, up to {@link #STOP_TIMEOUT} for them to end, then KILL of each one's
     * process group. Whatever is left in a group afterwards is reaped.
     */
    public void stop(List<Member> members) {
        Map<Member, ProcessHandle> stopping = new LinkedHashMap<>();
        for (Member member : members) {
            Optional<ProcessHandle> process = running(member);
            if (process.isPresent()) {
                process.get().destroy();
                stopping.put(member, process.get());
                console.say("   stopping " + member.name() + " (pid " + process.get().pid() + ")");
            } else {
                reap(member.name());
                forget(member.name());
            }
        }
        if (stopping.isEmpty()) {
            return;
        }
        Duration timeout = stopping.values().stream().anyMatch(p -> p.info().commandLine()
                .map(ClassDataArchives::writesAtExit).orElse(false)) ? STOP_TIMEOUT_WRITING_ARCHIVE : STOP_TIMEOUT;
        awaitExit(stopping.values().stream().toList(), timeout);
        ProcessTable table = null;
        for (Map.Entry<Member, ProcessHandle> e : stopping.entrySet()) {
            ProcessHandle process = e.getValue();
            boolean endedByItself = !process.isAlive();
            if (!endedByItself) {
                console.warn(e.getKey().name() + " (pid " + process.pid() + ") did not stop within "
                        + timeout.toSeconds() + "s: killing it");
                table = table != null ? table : ProcessTable.snapshot();
                if (table.groupOf(process.pid()) == process.pid()) {
                    table.group(process.pid()).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                }
                process.destroyForcibly();
            }
            reap(e.getKey().name());
            forget(e.getKey().name());
            archives.settle(e.getKey().name(), endedByItself);
        }
    }

    /**
     * Ends processes left in the group of a JVM that died hard (kill -9, out of memory): mariadbd would keep
     * the data folder locked. The group's id is the recorded pid, and the kernel does not reuse a pid while a
     * group of that id has members, so whatever is in it is ours.
     */
    public void reap(String name) {
        Optional<Long> pgid = recordedPid(name);
        if (pgid.isEmpty()) {
            return;
        }
        List<Long> members = ProcessTable.snapshot().group(pgid.get());
        if (members.isEmpty()) {
            return;
        }
        console.warn(name + ": stopping processes left behind in its group " + pgid.get() + ": "
                + members.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        List<ProcessHandle> handles = members.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
        handles.forEach(ProcessHandle::destroy);
        awaitExit(handles, STOP_TIMEOUT);
        ProcessTable.snapshot().group(pgid.get())
                .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    /** Drops the pid file of a process that is no longer running. */
    public void forget(String name) {
        try {
            Files.deleteIfExists(run.pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Long> recordedPid(String name) {
        try {
            String text = Files.readString(run.pidFile(name), StandardCharsets.UTF_8).trim();
            return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the caller looks at who is still alive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The java of the launcher's own JDK, which the wrapper found. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** How a process is put in a session of its own: setsid where there is one (Linux), nohup otherwise. */
    static final class Detach {
        private static List<String> prefix;

        static synchronized List<String> prefix() {
            if (prefix == null) {
                prefix = onPath("setsid") ? List.of("setsid") : List.of("nohup");
            }
            return prefix;
        }

        private static boolean onPath(String program) {
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                    return true;
                }
            }
            return false;
        }
    }
}
