package org.dangjian.deploy.launcher;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.command.ClockCommand;
import org.dangjian.deploy.launcher.command.DemoCommand;
import org.dangjian.deploy.launcher.command.DownCommand;
import org.dangjian.deploy.launcher.command.LogsCommand;
import org.dangjian.deploy.launcher.command.ResetCommand;
import org.dangjian.deploy.launcher.command.StartCommand;
import org.dangjian.deploy.launcher.command.StatusCommand;
import org.dangjian.deploy.launcher.command.StopCommand;
import org.dangjian.deploy.launcher.command.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./platform}: Dangjian Cloud on one machine. Exit codes: 0 done, 1 an error (one {@code error:}
 * line says what to do), 2 no command given.
 */
@Command(name = "platform", subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, LogsCommand.class,
        StopCommand.class, StartCommand.class, ResetCommand.class, DemoCommand.class, ClockCommand.class, PlatformCommand.Help.class})
public final class PlatformCommand implements Callable<Integer> {
    static final String USAGE = """
            Dangjian Cloud on one machine: MariaDB, Redis and Kafka (deploy/local-infra), the Eureka registry,
            the gateway and every described service (<name>-service/service.yaml), each as its own background JVM.

              ./platform up [--build] [--portal]  build what is missing (--build: rebuild everything, --portal: the portal), start all, wait
              ./platform down                stop everything this launcher started (by recorded pid), infra last
              ./platform status              one line per process: pid, state, health, memory
              ./platform logs [-n N] <name>  follow a log (prints the last 200 lines when not on a terminal)
              ./platform stop <name>         stop one process
              ./platform start <name>        start one process again with the same environment as up
              ./platform reset               down, then wipe the run folder (database, Redis data, logs, keys)
              ./platform demo [--members=N]  load a Kunshan-shaped data set through the import APIs: about 4,300
                                             organisations and 65,000 members (the same people every time)
              ./platform clock [<offset>|reset]
                                             move the running platform's "now" ahead (P400D or 400d, PT10H or
                                             10h) for a rehearsal, at once, without a restart; no offset: show it

            Names: local-infra, registry, gateway and the services (org-service, member-service, ...).

            Environment:
              DJ_RUN_DIR          run folder (default <repo>/.run)
              DJ_GATEWAY_PORT     the gateway's port, the only fixed one (default 8080); all others are free ports
              DJ_UP_TIMEOUT       seconds 'up' waits for the whole platform (default 240)
              DJ_JAVA_OPTS        JVM options of registry, gateway and services, instead of the defaults
                                  (-Xmx comes from each service's description; an -Xmx here wins)
              DJ_INFRA_JAVA_OPTS  JVM options of local-infra, instead of the defaults
              DJ_SERVICES         services to run, space separated (default: every described service)
              DJ_CDS              off (default) or auto: each JVM writes a class-data archive when it stops and
                                  starts from it the next time (worth it when you restart without rebuilding)
              DJ_DB_URL (+DJ_DB_USER, DJ_DB_PASSWORD), DJ_REDIS_URL, DJ_KAFKA_BOOTSTRAP
                                  use these servers instead of embedded ones (schemas are still created)
              DJ_PUBLIC_BASE_URL  the address people reach the gateway at (default http://127.0.0.1:<gateway port>)
              DJ_ADMIN_PASSWORD   the administrator's first password (default: generated at the first up,
                                  kept in <run>/admin-password)
              DJ_RATE_LIMIT_PER_SECOND, DJ_RATE_LIMIT_BURST, DJ_RATE_LIMIT_PER_ADDRESS_PER_SECOND,
              DJ_RATE_LIMIT_PER_ADDRESS_BURST, DJ_TRUSTED_PROXIES, DJ_CORS_ORIGINS
                                  passed to the gateway and the services when set
            Every process inherits the launcher's environment, and runs with DJ_DEV_MODE=true.
            """;

    @Option(names = {"-h", "--help"})
    boolean help;

    @Override
    public Integer call() {
        System.out.print(USAGE);
        return help ? 0 : 2;
    }

    /** {@code ./platform help}. */
    @Command(name = "help", hidden = true)
    static final class Help implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(USAGE);
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PlatformCommand());
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            Console console = Console.system();
            if (e.getCommandLine().getCommandSpec().userObject() instanceof PlatformCommand
                    && e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                System.err.print(USAGE);
                console.error("unknown command '" + unmatched.getUnmatched().get(0) + "'");
            } else {
                console.error(e.getMessage() + " (./platform help)");
            }
            return 1;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            Console console = Console.system();
            if (e instanceof LauncherException || e instanceof UncheckedIOException) {
                console.error(e.getMessage());
            } else {
                e.printStackTrace();
                console.error(e.toString());
            }
            return 1;
        });
        return commandLine.execute(args);
    }
}
