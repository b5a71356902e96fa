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
 * A service's OpenAPI document as a client of the gateway sees it. Swagger UI's "try it out" must go
 * through the gateway (same paths, no prefix), so the server becomes the gateway's own origin. And every
 * operation gains the two answers the gateway itself gives: 429 when the caller's account (or address)
 * exceeds its rate, and 503 when the service's circuit breaker is open, no instance answers or the service's
 * database is away (web-kit's ProblemHandler answers that one), both as the
 * service's own {@code Problem} schema. Anything that is not an OpenAPI document passes untouched.
 */
@Component
public class ServiceDocuments implements RewriteFunction<String, String> {
    /** Where the gateway serves a service's document: this prefix and the service's name. */
    public static final String PATH = "/v3/api-docs/";
    private static final Map<String, String> GATEWAY_ANSWERS = Map.of(
            "429", "请求过于频繁（网关按账号限流），请按 Retry-After 稍后再试；code TOO_MANY_REQUESTS。"
                    + "Too many requests: the gateway limits each account (or address); retry after Retry-After.",
            "503", "服务暂时不可用（网关熔断、没有可用实例，或服务的数据库等依赖正在重启），未做任何更改，请稍后再试；"
                    + "code SERVICE_UNAVAILABLE。The service is unavailable for now (the gateway's circuit breaker, no"
                    + " instance, or a dependency such as its database restarting): nothing was changed; retry later"
                    + " (after Retry-After when given).");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonMapper json;

    public ServiceDocuments(JsonMapper json) {
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
            if (object.path("components").path("schemas").has("Problem")) {
                addGatewayAnswers(object);
            }
            return Mono.just(json.writeValueAsString(object));
        } catch (JacksonException notJson) {
            return Mono.just(body);
        }
    }

    private void addGatewayAnswers(ObjectNode document) {
        for (JsonNode pathItem : document.path("paths")) {
            for (JsonNode operation : pathItem) {
                if (operation instanceof ObjectNode op && op.has("responses")) {
                    ObjectNode responses = (ObjectNode) op.get("responses");
                    GATEWAY_ANSWERS.forEach((status, description) -> {
                        if (!responses.has(status)) {
                            responses.set(status, answer(description));
                        }
                    });
                }
            }
        }
    }

    private ObjectNode answer(String description) {
        ObjectNode response = json.createObjectNode().put("description", description);
        response.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM);
        return response;
    }
}
