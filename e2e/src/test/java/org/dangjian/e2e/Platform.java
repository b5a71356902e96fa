package org.dangjian.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;

/**
 * The whole platform, started the way a user starts it ({@code ./platform up}) in a run folder of the
 * test's own, on a gateway port of its own, and stopped with {@code ./platform down}.
 */
final class Platform {
    static final String ADMIN_PASSWORD = "E2e-Admin-Passw0rd";
    /** Short enough that the expired-token test waits seconds, not minutes. */
    static final int TOKEN_SECONDS = 20;
    /** The gateway's per-account limit in the tests; {@link #withRateLimit} starts a platform with another. */
    static final int RATE_PER_SECOND = 20;
    static final int RATE_BURST = 40;

    private static Platform started;
    /**
     * The gateway port of a platform already up, started with {@link #settings()} (docs/reliability.md says how): the
     * tests then use it as it is, neither resetting nor stopping it, which saves the start when writing one test.
     */
    private static final Integer ATTACHED_PORT = Integer.getInteger("dj.e2e.gateway-port");

    final Path root = Path.of(System.getProperty("dj.repo.root", "..")).toAbsolutePath().normalize();
    final Path runDir = Path.of(System.getProperty("dj.run.dir", "target/platform-run")).toAbsolutePath();
    final int gatewayPort = ATTACHED_PORT != null ? ATTACHED_PORT : freePort();
    final int ratePerSecond;
    final int rateBurst;

    private Platform(int ratePerSecond, int rateBurst) {
        this.ratePerSecond = ratePerSecond;
        this.rateBurst = rateBurst;
    }

    static synchronized Platform get() {
        return withRateLimit(RATE_PER_SECOND, RATE_BURST);
    }

    /**
     * The platform, started with this per-account rate limit if this JVM has not started it yet (a
     * benchmark run alone needs more than the tests' 20/s); otherwise the running one, whose
     * {@link #ratePerSecond} the caller checks.
     */
    static synchronized Platform withRateLimit(int perSecond, int burst) {
        if (started == null && ATTACHED_PORT != null) {
            started = new Platform(perSecond, burst);
        } else if (started == null) {
            Platform p = new Platform(perSecond, burst);
            p.run(Duration.DOWN, "reset");
            p.run(Duration.UP, "up");
            // only if it is still up then: a test may have taken it down already (LauncherE2eTest)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (isStarted(p)) {
                    p.run(Duration.DOWN, "down");
                }
            }));
            started = p;
        }
        return started;
    }

    private static synchronized boolean isStarted(Platform p) {
        return started == p;
    }

    /** {@code ./platform down}; a later {@link #get()} starts the platform anew. */
    void down() {
        synchronized (Platform.class) {
            run(Duration.DOWN, "down");
            if (started == this) {
                started = null;
            }
        }
    }

    /** {@code ./platform reset}: down, then the launcher's entries of the run folder are deleted. */
    void reset() {
        synchronized (Platform.class) {
            run(Duration.DOWN, "reset");
            if (started == this) {
                started = null;
            }
        }
    }

    /** What {@code ./platform status} prints. */
    String status() {
        return run(Duration.DOWN, Map.of(), "status");
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /**
     * Asks local-infra's control endpoint (its address and token in {@code infra-control.env}) to stop or start
     * Kafka or MariaDB ({@code kafka/stop}, {@code kafka/start}, {@code db/stop}, {@code db/start}); answers when
     * done. The servers come back on the same ports with the same data, so the services reconnect by themselves.
     */
    String infra(String action) {
        try {
            Map<String, String> control = new HashMap<>();
            for (String line : Files.readAllLines(runDir.resolve("infra-control.env"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    control.put(line.substring(0, eq), line.substring(eq + 1).trim());
                }
            }
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(control.get("DJ_INFRA_CONTROL_URL") + "/" + action))
                            .timeout(java.time.Duration.ofMinutes(3))
                            .header("X-Control-Token", control.get("DJ_INFRA_CONTROL_TOKEN"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(action + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().strip();
        } catch (IOException e) {
            throw new IllegalStateException(action + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where MariaDB, Redis and Kafka are, as ./platform recorded it for the services ({@code infra.env}). */
    Map<String, String> infraEnv() {
        try {
            Map<String, String> env = new LinkedHashMap<>();
            for (String line : Files.readAllLines(runDir.resolve("infra.env"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return env;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's Kafka, as ./platform recorded it for the services. */
    String kafkaBootstrap() {
        try {
            return Files.readAllLines(runDir.resolve("infra.env")).stream()
                    .filter(l -> l.startsWith("SPRING_KAFKA_BOOTSTRAP_SERVERS="))
                    .map(l -> l.substring(l.indexOf('=') + 1))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Kafka in infra.env"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens what events carry sealed, with the field keys ./platform generated in the run folder, as a service
     * that holds them would.
     */
    EventSeal seal() {
        try {
            Map<String, SecretKey> keys = new HashMap<>();
            String active = null;
            for (String line : Files.readAllLines(runDir.resolve("secrets.env"))) {
                int eq = line.indexOf('=');
                if (line.startsWith("DJ_CRYPTO_KEYS_")) {
                    keys.put(line.substring("DJ_CRYPTO_KEYS_".length(), eq).toLowerCase(Locale.ROOT),
                            new SecretKeySpec(Base64.getDecoder().decode(line.substring(eq + 1).trim()), "AES"));
                } else if (line.startsWith("DJ_CRYPTO_ACTIVE_KEY_ID=")) {
                    active = line.substring(eq + 1).trim();
                }
            }
            return new EventSeal(new FieldCipher(keys, active));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * kill -9 of a service's JVM, as a crash or the kernel's out-of-memory killer would: no shutdown hook runs, nothing
     * is flushed or deregistered. {@link #start} brings it back. Answers when the process is gone.
     */
    void kill(String service) {
        try {
            long pid = Long.parseLong(Files.readString(runDir.resolve("pids").resolve(service + ".pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException(service + " (pid " + pid + ") is not running"));
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not kill " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop(String service) {
        run(Duration.DOWN, "stop", service);
    }

    void start(String service) {
        run(Duration.UP, "start", service);
    }

    /**
     * Stops a service and starts it again with these settings in its environment (a service inherits
     * ./platform's); restarting with none puts it back as ./platform up started it.
     */
    void restart(String service, Map<String, String> settings) {
        run(Duration.DOWN, Map.of(), "stop", service);
        run(Duration.UP, settings, "start", service);
    }

    /**
     * Moves every running process's "now" this many days ahead of the real time, as a rehearsal does with
     * {@code ./platform clock}; zero goes back to the real time. Tests that move it put it back when they end.
     */
    void moveClock(int days) {
        run(Duration.DOWN, "clock", days == 0 ? "reset" : days + "d");
    }

    private enum Duration {
        UP(420), DOWN(120);
        final int seconds;

        Duration(int seconds) {
            this.seconds = seconds;
        }
    }

    /** What every ./platform command of the tests runs with (a platform to attach to is started with the same). */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DJ_RUN_DIR", runDir.toString());
        settings.put("DJ_GATEWAY_PORT", Integer.toString(gatewayPort));
        settings.put("DJ_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("DJ_AUTH_ACCESS_TOKEN_TTL", TOKEN_SECONDS + "s");
        settings.put("DJ_SECURITY_CLOCK_SKEW", "0s");
        settings.put("DJ_RATE_LIMIT_PER_SECOND", Integer.toString(ratePerSecond));
        settings.put("DJ_RATE_LIMIT_BURST", Integer.toString(rateBurst));
        // Development mode, as ./platform runs: the log SMS provider, and rehearsal runs such as the
        // letter-expiry job for a date months ahead instead of waiting for a letter to run out.
        // Production never sets it, and refuses future dates.
        settings.put("DJ_DEV_MODE", "true");
        // Every process inherits these: a line per request from the gateway and per event written and
        // handled from the events kit, so TracingE2eTest can follow one trace id through the logs.
        settings.put("LOGGING_LEVEL_ORG_DANGJIAN_GATEWAY_TRACE", "DEBUG");
        settings.put("LOGGING_LEVEL_ORG_DANGJIAN_KIT_EVENTS", "DEBUG");
        return settings;
    }

    private void run(Duration limit, String... args) {
        run(limit, Map.of(), args);
    }

    /** Runs ./platform as a user would; its output goes to platform-cli.log too, and is returned. */
    private String run(Duration limit, Map<String, String> settings, String... args) {
        Path output = null;
        try {
            Files.createDirectories(runDir);
            output = Files.createTempFile("platform-cli", ".txt");
            ProcessBuilder pb = new ProcessBuilder(concat(root.resolve("platform").toString(), args))
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> env = pb.environment();
            env.putAll(settings());
            env.putAll(settings);
            Process process = pb.start();
            boolean ended = process.waitFor(limit.seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String printed = Files.readString(output);
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve("platform-cli.log"), "$ ./platform " + String.join(" ", args) + "\n" + printed,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!ended) {
                throw new IllegalStateException("./platform " + String.join(" ", args) + " timed out; see "
                        + runDir.resolve("platform-cli.log"));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./platform " + String.join(" ", args) + " failed (exit "
                        + process.exitValue() + "):\n" + tail(runDir.resolve("platform-cli.log")));
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
