package org.dangjian.deploy.launcher.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.deploy.launcher.run.EnvFile;
import org.dangjian.deploy.launcher.run.RunFolder;
import org.dangjian.kit.catalog.ServiceDescription;

/**
 * Works out how each process is started: its env file ({@code <run>/env/<name>.env}), JVM options and
 * arguments, from the settings, the run folder (infra.env, secrets.env) and the services' descriptions.
 * Everything service-specific comes from a description; nothing here knows a service by name.
 *
 * <p>A sticky plan (for {@code start <name>}) keeps the pass-through values and JVM options of the previous
 * env file where the caller's environment does not set them.
 */
public final class Planner {
    /** Passed to the gateway and the services when set, and kept by a sticky start. */
    static final List<String> PASS_THROUGH = List.of("DJ_ADMIN_PASSWORD", "DJ_RATE_LIMIT_PER_SECOND",
            "DJ_RATE_LIMIT_BURST", "DJ_RATE_LIMIT_PER_ADDRESS_PER_SECOND", "DJ_RATE_LIMIT_PER_ADDRESS_BURST",
            "DJ_TRUSTED_PROXIES", "DJ_CORS_ORIGINS");
    /** External servers instead of embedded ones, for local-infra (which still creates the schemas). */
    static final List<String> EXTERNAL_SERVERS = List.of("DJ_DB_URL", "DJ_DB_USER", "DJ_DB_PASSWORD", "DJ_REDIS_URL",
            "DJ_KAFKA_BOOTSTRAP");
    static final String JDBC_OPTIONS = "useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
    /** Every process runs in development mode here; Kubernetes never sets it. */
    static final String DEV_MODE = "DJ_DEV_MODE";
    static final String CLOCK_FILE = "DJ_CLOCK_FILE";
    static final String REDIS_URL = "SPRING_DATA_REDIS_URL";

    private final Settings settings;
    private final RunFolder run;
    private final Lineup lineup;

    public Planner(Settings settings, RunFolder run, Lineup lineup) {
        this.settings = settings;
        this.run = run;
        this.lineup = lineup;
    }

    /** Where {@code npm run build} in portal/ puts the portal. */
    public static Path portalDist(Settings settings) {
        return settings.repository().resolve("portal").resolve("dist");
    }

    public ProcessPlan plan(Member member, boolean sticky) {
        Map<String, String> previous = sticky ? EnvFile.read(run.envFile(member.name())) : Map.of();
        Map<String, String> env = new LinkedHashMap<>();
        String javaOptions = javaOptions(member, previous);
        env.put(ProcessPlan.JAVA_OPTS, javaOptions);
        List<String> options = new ArrayList<>(JvmOptions.command(javaOptions));
        List<String> arguments = new ArrayList<>();
        switch (member.kind()) {
            case INFRA -> {
                env.put("DJ_RUN_DIR", run.root().toString());
                EXTERNAL_SERVERS.forEach(var -> keep(env, var, previous));
                options.add("-Djava.io.tmpdir=" + run.tmp());
                arguments.add("--run-dir");
                arguments.add(run.root().toString());
                // every described schema: a service started later (or outside DJ_SERVICES) finds its own
                lineup.catalog().services().forEach(d -> arguments.add(d.schema()));
            }
            case REGISTRY -> registry(env, previous);
            case GATEWAY -> {
                env.put("SERVER_PORT", Integer.toString(settings.gatewayPort()));
                env.putAll(infrastructure());
                env.putAll(discovery());
                PASS_THROUGH.forEach(var -> keep(env, var, previous));
                // the gateway serves the built portal at its root (when Node was there to build it)
                Path portal = portalDist(settings);
                if (Files.isRegularFile(portal.resolve("index.html"))) {
                    env.put("DJ_PORTAL_DIR", portal.toString());
                }
            }
            case SERVICE -> service(member.service(), env, previous);
        }
        env.putAll(JvmOptions.ENVIRONMENT);
        env.put(DEV_MODE, "true");
        if (member.kind() != Kind.INFRA) {
            // ./platform clock moves every process's "now" by rewriting this file (development mode only)
            env.put(CLOCK_FILE, run.clockFile().toString());
        }
        return new ProcessPlan(member, env, options, arguments);
    }

    private void service(ServiceDescription service, Map<String, String> env, Map<String, String> previous) {
        Map<String, String> infra = infrastructure();
        String dbUrl = infra.get("DJ_DB_URL");
        if (dbUrl == null) {
            throw new LauncherException("no DJ_DB_URL in " + run.infraEnv() + ": is local-infra running? (./platform up)");
        }
        env.put("SERVER_PORT", "0");
        infra.forEach((key, value) -> {
            if (service.redis() || !key.equals(REDIS_URL)) {
                env.put(key, value);
            }
        });
        env.putAll(secretsOf(service));
        env.put("SPRING_DATASOURCE_URL", dbUrl.replaceAll("/+$", "") + "/" + service.schema() + "?" + JDBC_OPTIONS);
        env.put("DJ_PUBLIC_BASE_URL", settings.publicBaseUrl());
        env.putAll(discovery());
        if (service.storage()) {
            // storage-kit's dj.storage.local-root (relaxed binding drops the dash)
            env.put("DJ_STORAGE_LOCALROOT", run.storage().toString());
        }
        if (isTokenIssuer(service) && settings.get("DJ_ADMIN_PASSWORD").isEmpty()) {
            Secrets.adminPassword(run).ifPresent(password -> env.put("DJ_ADMIN_PASSWORD", password));
        }
        PASS_THROUGH.forEach(var -> keep(env, var, previous));
    }

    /**
     * The field-encryption keys for every service; a caller's own service secret; and every caller's to the
     * token issuer, which trades a secret for a service token.
     */
    private Map<String, String> secretsOf(ServiceDescription service) {
        Map<String, String> all = EnvFile.read(run.secretsEnv());
        Map<String, String> given = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (!key.startsWith(Secrets.SERVICE_SECRET_PREFIX) && !key.equals(Secrets.REGISTRY_PASSWORD)) {
                given.put(key, value);
            }
        });
        List<ServiceDescription> holders = isTokenIssuer(service) ? lineup.catalog().callers()
                : service.callsOthers() ? List.of(service) : List.of();
        for (ServiceDescription holder : holders) {
            String value = all.get(holder.secretVariable());
            if (value == null) {
                throw new LauncherException("no " + holder.secretVariable() + " in " + run.secretsEnv()
                        + ": run ./platform up, which generates it");
            }
            given.put(holder.secretVariable(), value);
        }
        return given;
    }

    private boolean isTokenIssuer(ServiceDescription service) {
        return lineup.tokenIssuer().map(ServiceDescription::name).filter(service.name()::equals).isPresent();
    }

    private void registry(Map<String, String> env, Map<String, String> previous) {
        // keep the port across restarts when it is still free: running services know it
        String known = EnvFile.read(run.envFile(Lineup.REGISTRY)).get("SERVER_PORT");
        int port = known != null && known.matches("\\d+") && !Ports.inUse(Integer.parseInt(known))
                ? Integer.parseInt(known) : Ports.free();
        String url = "http://127.0.0.1:" + port + "/eureka/";
        env.put("SERVER_PORT", Integer.toString(port));
        env.put(Secrets.REGISTRY_PASSWORD, Secrets.registryPassword(run));
        env.putAll(serviceUrl(url));
        env.put("EUREKA_SERVER_RESPONSECACHEUPDATEINTERVALMS", "1000");
        env.put("EUREKA_SERVER_EVICTIONINTERVALTIMERINMS", "2000");
        env.put("EUREKA_SERVER_ENABLESELFPRESERVATION", "false");
        env.put("EUREKA_SERVER_WAITTIMEINMSWHENSYNCEMPTY", "0");
        env.put("EUREKA_INSTANCE_PREFERIPADDRESS", "true");
        env.put("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1");
    }

    /** The registry's user name (its default), which the registry URL of every process carries. */
    static final String REGISTRY_USER = "dangjian";

    /** How long the registry keeps an instance that stopped sending heartbeats: longer than a busy minute. */
    static final int LEASE_EXPIRY_SECONDS = 65;

    /** The registry's port, as recorded when it was started. */
    public int registryPort() {
        String port = EnvFile.read(run.envFile(Lineup.REGISTRY)).get("SERVER_PORT");
        if (port == null || !port.matches("\\d+")) {
            throw new LauncherException("the registry's port is unknown (no SERVER_PORT in "
                    + run.envFile(Lineup.REGISTRY) + "): start everything with ./platform up");
        }
        return Integer.parseInt(port);
    }

    /**
     * Local fast discovery: a service is routable a few seconds after it starts and gone as soon as it stops (a
     * stopping instance deregisters). One that dies without stopping stays listed until its lease expires: 65 s, so
     * that an instance too busy to send heartbeats for a minute (a burst of password hashing on two cores) is not
     * evicted while it still works, which made valid requests elsewhere fail when 6 s was the limit.
     * Names are Spring's relaxed env-var forms of properties checked in the jars' configuration metadata.
     */
    private Map<String, String> discovery() {
        // The registry takes registrations only with the platform's credentials (HTTP basic, in the URL).
        Map<String, String> env = new LinkedHashMap<>(serviceUrl("http://" + REGISTRY_USER + ":"
                + Secrets.registryPassword(run) + "@127.0.0.1:" + registryPort() + "/eureka/"));
        env.put("EUREKA_CLIENT_REGISTRYFETCHINTERVALSECONDS", "2");
        env.put("EUREKA_INSTANCE_LEASERENEWALINTERVALINSECONDS", "2");
        env.put("EUREKA_INSTANCE_LEASEEXPIRATIONDURATIONINSECONDS", Integer.toString(LEASE_EXPIRY_SECONDS));
        env.put("EUREKA_INSTANCE_PREFERIPADDRESS", "true");
        env.put("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1");
        env.put("SPRING_CLOUD_LOADBALANCER_CACHE_TTL", "2s");
        return env;
    }

    /**
     * eureka.client.service-url is a map, and an env var would bind its key in lower case ('defaultzone',
     * which Eureka ignores): SPRING_APPLICATION_JSON keeps 'defaultZone'.
     */
    private static Map<String, String> serviceUrl(String url) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", url);
        env.put("SPRING_APPLICATION_JSON", "{\"eureka\":{\"client\":{\"service-url\":{\"defaultZone\":\"" + url + "\"}}}}");
        return env;
    }

    /** The servers' endpoints local-infra wrote. */
    private Map<String, String> infrastructure() {
        Map<String, String> infra = EnvFile.read(run.infraEnv());
        if (infra.isEmpty()) {
            throw new LauncherException("no " + run.infraEnv() + ": local-infra is not ready (./platform up)");
        }
        return infra;
    }

    /** The caller's value, else (sticky) the previous env file's. */
    private void keep(Map<String, String> env, String var, Map<String, String> previous) {
        settings.get(var).or(() -> Optional.ofNullable(previous.get(var))).ifPresent(v -> env.put(var, v));
    }

    private String javaOptions(Member member, Map<String, String> previous) {
        String setting = member.kind() == Kind.INFRA ? "DJ_INFRA_JAVA_OPTS" : "DJ_JAVA_OPTS";
        return settings.get(setting).map(replaced -> JvmOptions.line(member, replaced))
                .or(() -> Optional.ofNullable(previous.get(ProcessPlan.JAVA_OPTS)))
                .orElseGet(() -> JvmOptions.line(member, null));
    }
}
