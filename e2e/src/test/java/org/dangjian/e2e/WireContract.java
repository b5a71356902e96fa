package org.dangjian.e2e;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds every call the suite makes through the gateway to the services' API documents, as the gateway
 * serves them (the Swagger UI's list names the services). A call the service accepted must match its
 * operation: the route documented, the request body valid, the status among the documented ones, and the
 * answer's media type and body valid against the documented schema, where an object may carry no property
 * its schema does not declare. A mismatch fails the test that made the call, naming the route and the field.
 * Also records which documented operations the suite exercised ({@link #coverage()}).
 */
final class WireContract {
    private static final Map<String, WireContract> BY_GATEWAY = new ConcurrentHashMap<>();
    /** Operations exercised, as "service METHOD /template", over every gateway the suite started. */
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();
    private static final String BASE_IRI = "https://documents.dangjian.invalid/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Operation(String service, String method, String template, Pattern pattern, int variables, JsonNode node) {
        String key() {
            return service + " " + method + " " + template;
        }

        String route() {
            return method + " " + template + " (" + service + ")";
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private WireContract(String gateway) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String service : services(gateway)) {
            ObjectNode document = (ObjectNode) fetch(gateway + "/v3/api-docs/" + service);
            // Problems are open by design (RFC 9457 extension members); every other object is strict.
            document.path("components").path("schemas").properties().stream()
                    .filter(schema -> !schema.getKey().equals("Problem"))
                    .forEach(schema -> strict(schema.getValue()));
            documents.put(BASE_IRI + service, Api.JSON.writeValueAsString(document));
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                String template = path.getKey();
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    if (op.getValue().has("responses")) {
                        operations.add(new Operation(service, op.getKey().toUpperCase(), template,
                                Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), count(template), op.getValue()));
                    }
                }
            }
        }
        // A literal segment beats a variable: /api/orgs/search before /api/orgs/{id}.
        operations.sort(Comparator.comparingInt(Operation::variables));
        schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(documents));
    }

    static WireContract of(String gateway) {
        return BY_GATEWAY.computeIfAbsent(gateway, WireContract::new);
    }

    /** Documented operations and those the suite exercised, over every document. */
    static Map<String, Object> coverage() {
        Set<String> documented = new TreeSet<>();
        BY_GATEWAY.values().forEach(c -> c.operations.forEach(op -> documented.add(op.key())));
        Set<String> missed = new TreeSet<>(documented);
        missed.removeAll(EXERCISED);
        Map<String, Object> figures = new HashMap<>();
        figures.put("documented", documented);
        figures.put("missed", missed);
        return figures;
    }

    /**
     * Checks one call. Only calls the service accepted (2xx) must match in route and request body: the
     * suite also sends malformed requests on purpose, whose refusal is what it checks.
     */
    void check(String method, String uri, String requestType, String requestBody, int status, String responseType,
               String responseBody) {
        String path = URI.create(uri).getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        Operation op = find(method, path);
        boolean accepted = status >= 200 && status < 300;
        if (op == null) {
            if (accepted) {
                throw new AssertionError("undocumented route: " + method + " " + path + " answered " + status);
            }
            return;
        }
        EXERCISED.add(op.key());
        String where = method + " " + path + " as " + op.route();
        if (accepted && isJson(requestType) && requestBody != null && !requestBody.isBlank()) {
            JsonNode content = op.node().path("requestBody").path("content");
            String documentedType = firstJson(content);
            if (documentedType == null) {
                // An empty object to an operation that takes no body is ignored by the service.
                if (!Api.JSON.readTree(requestBody).isEmpty()) {
                    throw new AssertionError(where + ": sent a JSON body the document does not declare");
                }
            } else {
                validate(op, "/requestBody/content/" + escape(documentedType) + "/schema", requestBody, where + ", request body");
            }
        }
        JsonNode responses = op.node().path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (response == null) {
            List<String> documented = new ArrayList<>();
            responses.propertyNames().forEach(documented::add);
            throw new AssertionError(where + ": answered " + status + ", the document lists only " + documented);
        }
        if (responseBody == null || responseBody.isEmpty()) {
            return;
        }
        String type = mediaType(responseType);
        JsonNode content = response.path("content");
        if (!content.has(type)) {
            List<String> documented = new ArrayList<>();
            content.propertyNames().forEach(documented::add);
            throw new AssertionError(where + ": answered " + status + " with " + type + ", the document declares " + documented);
        }
        if (isJson(type)) {
            validate(op, "/responses/" + status + "/content/" + escape(type) + "/schema",
                    responseBody, where + ", answer " + status);
        }
    }

    private void validate(Operation op, String pointer, String body, String where) {
        if (!op.node().at(pointer).isObject()) {
            return;
        }
        String location = BASE_IRI + op.service() + "#" + pointerOf(op) + pointer;
        Schema schema = compiled.computeIfAbsent(location, l -> schemas.getSchema(SchemaLocation.of(l)));
        List<Error> errors = schema.validate(Api.JSON.readTree(body));
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(where + " does not match the document:");
            errors.stream().limit(10).forEach(e -> message.append("\n  ").append(e.getInstanceLocation())
                    .append(": ").append(e.getMessage()));
            throw new AssertionError(message.toString());
        }
    }

    private static String pointerOf(Operation op) {
        return "/paths/" + escape(op.template()) + "/" + op.method().toLowerCase();
    }

    private Operation find(String method, String path) {
        for (Operation op : operations) {
            if (op.method().equals(method) && op.pattern().matcher(path).matches()) {
                return op;
            }
        }
        return null;
    }

    /** Objects declare all they carry: a property the document does not name is a mismatch. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(WireContract::strict);
        } else if (node.isArray()) {
            node.values().forEach(WireContract::strict);
        }
    }

    private static List<String> services(String gateway) {
        List<String> services = new ArrayList<>();
        for (JsonNode url : fetch(gateway + "/v3/api-docs/gateway/swagger-config").path("urls")) {
            services.add(url.path("name").asString());
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("the gateway lists no service documents");
        }
        return services;
    }

    private static JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String firstJson(JsonNode content) {
        for (String type : content.propertyNames()) {
            if (isJson(type)) {
                return type;
            }
        }
        return null;
    }

    private static boolean isJson(String type) {
        return type != null && (type.startsWith("application/json") || type.startsWith("application/problem+json"));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static int count(String template) {
        return (int) template.chars().filter(c -> c == '{').count();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
