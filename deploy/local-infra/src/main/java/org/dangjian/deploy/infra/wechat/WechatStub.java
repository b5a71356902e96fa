package org.dangjian.deploy.infra.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WeChat's server API as far as the platform calls it, on one machine, so that the mini-program's login and
 * the subscribe messages work without a WeChat account: {@code local-infra} starts it beside MariaDB, Redis
 * and Kafka on a free port and points org-service ({@code dj.wechat.*}) and notify-service
 * ({@code dj.notify.wechat.*}) at it. What it answers is {@link WechatRules}'s; this class only speaks HTTP
 * the way WeChat does (JSON answers with HTTP 200, as {@code text/plain}, errors as {@code errcode}).
 */
public final class WechatStub implements AutoCloseable {
    private final HttpServer server;
    private final WechatRules rules;

    private WechatStub(HttpServer server, WechatRules rules) {
        this.server = server;
        this.rules = rules;
    }

    /** Listens on a free port of 127.0.0.1; accepted subscribe messages are kept by {@code rules}. */
    public static WechatStub start(WechatRules rules) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WechatStub stub = new WechatStub(server, rules);
        server.createContext("/sns/jscode2session", exchange -> stub.answer(exchange, "GET"));
        server.createContext("/cgi-bin/stable_token", exchange -> stub.answer(exchange, "POST"));
        server.createContext("/cgi-bin/message/subscribe/send", exchange -> stub.answer(exchange, "POST"));
        server.start();
        return stub;
    }

    /** Where the services reach it: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, String method) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!method.equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "");
                return;
            }
            Map<String, String> query = query(uri.getRawQuery());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String answer = switch (uri.getPath()) {
                case "/sns/jscode2session" -> rules.codeToSession(query);
                case "/cgi-bin/stable_token" -> rules.stableToken(body);
                case "/cgi-bin/message/subscribe/send" -> rules.subscribeSend(query.get("access_token"), body);
                default -> null;
            };
            if (answer == null) {
                reply(exchange, 404, "");
            } else {
                reply(exchange, 200, answer);
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // WeChat's own content type for its JSON: clients must not rely on application/json
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }
}
