package org.dangjian.deploy.launcher.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * its servers accepting connections. One HTTP client; every probe gives up after 2 s.
 */
public final class Health {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The servers local-infra reports in infra.env. */
    private static final String[] INFRA_ENDPOINTS = {"DJ_DB_URL", "SPRING_DATA_REDIS_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS"};

    private final Settings settings;
    private final RunFolder run;
    private final Planner planner;
    private HttpClient client;

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

    /** The HTTP status of a GET, 0 when nothing answered in time. */
    public CompletableFuture<Integer> status(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode).exceptionally(e -> 0);
    }

    /** Made on first use: a command that probes nothing does not pay for it (a few hundred milliseconds). */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        }
        return client;
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
            return CompletableFuture.supplyAsync(this::infraState);
        }
        return status(url(member)).thenApply(code -> switch (code) {
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
