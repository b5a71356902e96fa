package org.dangjian.deploy.launcher.health;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.plan.Kind;
import org.dangjian.deploy.launcher.plan.Member;
import org.dangjian.deploy.launcher.plan.Ports;
import org.dangjian.deploy.launcher.plan.Planner;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.RunFolder;

/**
 * Whether a process answers: the registry and the gateway on their actuator health, a service through the
 * gateway ({@code /health/<service>}: proof that registration, discovery and routing work), local-infra by
 * its servers accepting connections. Every probe gives up after 2 s.
 */
public final class Health {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /**
     * The JDK's HttpURLConnection, not its HttpClient: the HttpClient costs a short-lived launcher about 0.4 s
     * of CPU to set up (its TLS context is made even for plain HTTP), more than a whole status call otherwise.
     */
    private static final ExecutorService PROBES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "health-probe");
        t.setDaemon(true);
        return t;
    });
    /** The servers local-infra reports in infra.env. */
    private static final String[] INFRA_ENDPOINTS = {"DJ_DB_URL", "SPRING_DATA_REDIS_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS"};

    private final Settings settings;
    private final RunFolder run;
    private final Planner planner;

    public Health(Settings settings, RunFolder run, Planner planner) {
        this.settings = settings;
        this.run = run;
        this.planner = planner;
    }

    /** The address whose 200 means the member is ready. */
    public String url(Member member) {
        return switch (member.kind()) {
            case INFRA -> run.infraEnv().toString();
            case REGISTRY -> "http://127.0.0.1:" + planner.registryPort() + "/actuator/health";
            case GATEWAY -> settings.gatewayUrl() + "/actuator/health";
            case SERVICE -> settings.gatewayUrl() + "/health/" + member.name();
        };
    }

    /** The HTTP status of a GET, 0 when nothing answered in time. Probes run at once, each on its own thread. */
    public CompletableFuture<Integer> status(String url) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout((int) TIMEOUT.toMillis());
                connection.setReadTimeout((int) TIMEOUT.toMillis());
                try {
                    return connection.getResponseCode();
                } finally {
                    connection.disconnect();
                }
            } catch (IOException | IllegalArgumentException e) {
                return 0;
            }
        }, PROBES);
    }

    /** Ready: local-infra has written infra.env; the others answer 200. */
    public CompletableFuture<Boolean> ready(Member member) {
        if (member.kind() == Kind.INFRA) {
            return CompletableFuture.completedFuture(!EnvFile.read(run.infraEnv()).isEmpty());
        }
        return status(url(member)).thenApply(code -> code == 200);
    }

    /** The word `status` shows: UP, DOWN(code), "no answer", or which server of local-infra is down. */
    public CompletableFuture<String> describe(Member member) {
        if (member.kind() == Kind.INFRA) {
            return CompletableFuture.supplyAsync(this::infraState, PROBES);
        }
        String url;
        try {
            url = url(member);
        } catch (LauncherException unknownPort) {
            return CompletableFuture.completedFuture("no port known");
        }
        return status(url).thenApply(code -> switch (code) {
            case 200 -> "UP";
            case 0 -> "no answer";
            default -> "DOWN(" + code + ")";
        });
    }

    private String infraState() {
        Map<String, String> infra = EnvFile.read(run.infraEnv());
        if (infra.isEmpty()) {
            return "starting";
        }
        for (String var : INFRA_ENDPOINTS) {
            String value = infra.get(var);
            if (value == null) {
                continue;
            }
            // jdbc:mysql://host:port/..., redis://user:pass@host:port, host:port,host:port
            String hostPort = value.replaceFirst("^.*://", "").replaceFirst("^[^@/]*@", "").split("[/,?]")[0];
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || !hostPort.substring(colon + 1).matches("\\d+")
                    || !Ports.listening(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
                return "DOWN(" + var + ")";
            }
        }
        return "UP";
    }
}
