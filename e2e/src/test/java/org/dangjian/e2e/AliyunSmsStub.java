package org.dangjian.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Alibaba Cloud's SendSms as far as notify-service can tell: answers {@code {"Code":"OK","BizId":...}},
 * or HTTP 500 while a number is told to fail (an outage as the provider's clients see it). Counts the
 * calls per number. The signature is not checked here: notify-service's own tests do that.
 */
final class AliyunSmsStub implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    AliyunSmsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} messages to {@code phone} get HTTP 500. */
    void failNext(String phone, int times) {
        failuresLeft.put(phone, new AtomicInteger(times));
    }

    int calls(String phone) {
        return calls.getOrDefault(phone, new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String phone = param(exchange.getRequestURI().getRawQuery(), "PhoneNumbers");
        calls.computeIfAbsent(phone, p -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failuresLeft.get(phone);
        boolean fail = left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        byte[] body = (fail ? "Internal Server Error"
                : "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"e2e^" + ids.incrementAndGet()
                + "\",\"RequestId\":\"e2e\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", fail ? "text/plain" : "application/json");
        exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String param(String query, String name) {
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
