package org.dangjian.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * An operation of a service's API as its committed document ({@code docs/openapi/}, which ApiContractTest keeps true)
 * describes it: what the reliability suite generates its calls from. {@code open} operations take no token (their
 * document says {@code security: []}: sign-in, SMS reports).
 */
record DocumentedOperation(String method, String template, boolean multipart, JsonNode body, JsonNode components,
        boolean open) {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    String key() {
        return method + " " + template;
    }

    boolean hasPathVariable() {
        return template.contains("{");
    }

    /** A schema of the document's components, by its reference. */
    JsonNode component(String ref) {
        return components.path(ref.substring("#/components/schemas/".length()));
    }

    /** Every operation of every service's document. */
    static List<DocumentedOperation> all() {
        Path dir = Path.of(System.getProperty("dj.repo.root", "..")).resolve("docs/openapi");
        List<DocumentedOperation> ops = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = Api.JSON.readTree(Files.readString(file));
                JsonNode components = doc.path("components").path("schemas");
                for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                    for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                        if (!METHODS.contains(method.getKey())) {
                            continue;
                        }
                        JsonNode content = method.getValue().path("requestBody").path("content");
                        JsonNode json = content.path("application/json").path("schema");
                        if (json.has("$ref")) {
                            json = components.path(json.get("$ref").asString().substring("#/components/schemas/".length()));
                        }
                        ops.add(new DocumentedOperation(method.getKey().toUpperCase(), path.getKey(),
                                content.has("multipart/form-data"), content.has("application/json") ? json : null,
                                components, method.getValue().path("security").isArray()
                                        && method.getValue().path("security").isEmpty()));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ops;
    }
}
