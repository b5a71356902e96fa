package org.dangjian.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A downstream service on a local port, playing org-service: serves the JWKS at
 * {@code /api/auth/jwks}, health and an OpenAPI document, and answers everything else with 200 JSON
 * while recording what it received.
 */
public final class StubService implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final byte[] jwks;

    /** One request as the service saw it; header names compared case-insensitively. */
    public record Received(String method, String path, Map<String, String> headers, int bodyBytes) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private StubService(String jwksJson) throws IOException {
        this.jwks = jwksJson.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubService start(String jwksJson) {
        try {
            return new StubService(jwksJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The request that reached {@code path}, waiting a little for it. */
    public Optional<Received> find(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Received> hit = received.stream().filter(r -> r.path().equals(path)).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether any request reached {@code path} so far. For "never routed" checks: the gateway has
     * already answered, so a forwarded request would have arrived.
     */
    public boolean reached(String path) {
        return received.stream().anyMatch(r -> r.path().equals(path));
    }

    private void handle(HttpExchange exchange) throws IOException {
        int bodyBytes;
        try (InputStream in = exchange.getRequestBody()) {
            bodyBytes = in.readAllBytes().length;
        } catch (IOException aborted) {
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        received.add(new Received(exchange.getRequestMethod(), path, headers, bodyBytes));

        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.startsWith("delayMs=")) {
            try {
                Thread.sleep(Long.parseLong(query.substring("delayMs=".length())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body;
        if (path.equals("/api/auth/jwks")) {
            body = jwks;
        } else if (path.equals("/actuator/health")) {
            body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        } else if (path.equals("/v3/api-docs")) {
            body = ("{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"org-service\",\"version\":\"1\"},"
                    + "\"servers\":[{\"url\":\"http://10.1.2.3:40123\"}],"
                    + "\"paths\":{\"/api/orgs/{id}\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\"}}}}},"
                    + "\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"}}}}").getBytes(StandardCharsets.UTF_8);
        } else {
            body = ("{\"service\":\"stub\",\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
