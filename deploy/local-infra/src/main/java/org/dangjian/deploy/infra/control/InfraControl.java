package org.dangjian.deploy.infra.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dangjian.kit.infra.NotEmbeddedException;

/**
 * Lets the reliability suite take Kafka down and restart MariaDB while the platform runs: its broker-down
 * and database-restart tests stop a server, watch what the services do, and start it again on the same
 * port with the same data, so the services (which keep their bootstrap servers and JDBC URL) reconnect by
 * themselves.
 *
 * <p>For local runs only: {@code local-infra} starts it beside the servers it owns, on a free port of
 * 127.0.0.1 (never another interface), and every request must carry the token written with the URL to
 * {@code <run>/infra-control.env}, a file only its owner may read:
 * <pre>
 * DJ_INFRA_CONTROL_URL=http://127.0.0.1:&lt;port&gt;
 * DJ_INFRA_CONTROL_TOKEN=&lt;32 hex digits&gt;
 * </pre>
 *
 * <p>{@code POST /kafka/stop}, {@code /kafka/start}, {@code /db/stop}, {@code /db/start}, each with header
 * {@code X-Control-Token}. The answer, one line of text, comes when the action is done: 200 once the server
 * is down (its port refuses connections) or serves again; also 200, saying so, when it already was in that
 * state. 401 without the right token (nothing done), 409 for a server given by the environment
 * ({@code DJ_DB_URL}, {@code DJ_KAFKA_BOOTSTRAP}), which this process never touches, 404 for any other path,
 * 405 for another method, 500 when the action failed. Requests are handled one at a time.
 */
public final class InfraControl implements AutoCloseable {
    public static final String TOKEN_HEADER = "X-Control-Token";

    private final HttpServer server;
    private final String token;
    private final Faults faults;
    private final Consumer<String> log;

    private InfraControl(HttpServer server, String token, Faults faults, Consumer<String> log) {
        this.server = server;
        this.token = token;
        this.faults = faults;
        this.log = log;
    }

    /**
     * Listens on a free port of 127.0.0.1 with a new random token.
     *
     * @param log where each action is reported (local-infra's own log lines)
     */
    public static InfraControl start(Faults faults, Consumer<String> log) throws IOException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        InfraControl control = new InfraControl(server, HexFormat.of().formatHex(random), faults, log);
        // no executor: one dispatcher thread, so a stop and a start never run at the same time
        server.createContext("/", control::handle);
        server.start();
        return control;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    /** What {@code <run>/infra-control.env} holds. */
    public Map<String, String> envLines() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DJ_INFRA_CONTROL_URL", url());
        env.put("DJ_INFRA_CONTROL_TOKEN", token);
        return env;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            if (!tokenMatches(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
                reply(exchange, 401, "missing or wrong " + TOKEN_HEADER + " header: nothing done");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Action action = switch (path) {
                case "/kafka/stop" -> new Action("kafka", "stopped", "already stopped", faults::stopKafka);
                case "/kafka/start" -> new Action("kafka", "started", "already running", faults::startKafka);
                case "/db/stop" -> new Action("db", "stopped", "already stopped", faults::stopDb);
                case "/db/start" -> new Action("db", "started", "already running", faults::startDb);
                default -> null;
            };
            if (action == null) {
                reply(exchange, 404, "no such action: " + path
                        + " (POST /kafka/stop, /kafka/start, /db/stop or /db/start)");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                reply(exchange, 405, "use POST");
                return;
            }
            run(exchange, action);
        }
    }

    private void run(HttpExchange exchange, Action action) throws IOException {
        long started = System.nanoTime();
        try {
            boolean changed = action.fault().getAsBoolean();
            String seconds = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
            if (changed) {
                log.accept(action.part() + " " + action.done() + " by the control endpoint in " + seconds);
                reply(exchange, 200, action.part() + " " + action.done() + " in " + seconds);
            } else {
                log.accept(action.part() + " " + action.unchanged() + ": the control endpoint did nothing");
                reply(exchange, 200, action.part() + " " + action.unchanged() + ", nothing done");
            }
        } catch (NotEmbeddedException e) {
            log.accept(action.part() + " not " + action.done() + " by the control endpoint: " + e.getMessage());
            reply(exchange, 409, e.getMessage());
        } catch (RuntimeException e) {
            log.accept(action.part() + " could not be " + action.done() + " by the control endpoint: " + e);
            reply(exchange, 500, action.part() + " could not be " + action.done() + ": " + e);
        }
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String line) throws IOException {
        byte[] body = (line.replace('\n', ' ').replace('\r', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private record Action(String part, String done, String unchanged, BooleanSupplier fault) {
    }
}
