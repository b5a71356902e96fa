package org.dangjian.gateway.docs;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document names the service's own address as its server; Swagger UI's
 * "try it out" must go through the gateway instead (same paths, no prefix), so the server becomes
 * the gateway's own origin. Anything that is not an OpenAPI document passes untouched.
 */
@Component
public class OpenApiServers implements RewriteFunction<String, String> {
    private final JsonMapper json;

    public OpenApiServers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<String> apply(ServerWebExchange exchange, String body) {
        if (body == null || body.isBlank()) {
            return Mono.justOrEmpty(body);
        }
        try {
            JsonNode document = json.readTree(body);
            if (!(document instanceof ObjectNode object) || !object.has("openapi")) {
                return Mono.just(body);
            }
            object.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "gateway"))));
            return Mono.just(json.writeValueAsString(object));
        } catch (JacksonException notJson) {
            return Mono.just(body);
        }
    }
}
