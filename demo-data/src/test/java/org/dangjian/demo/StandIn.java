package org.dangjian.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** What the demo's stand-in gateways share: a JSON answer, and the id a stand-in gives an organisation's code. */
final class StandIn {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StandIn() {
    }

    static String idOf(String code) {
        return Integer.toString(Math.abs(code.hashCode() % 100_000));
    }

    static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
