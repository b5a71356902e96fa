package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's OpenAPI document tells the truth, as a client developer relies on it (docs/api.md): ids as
 * strings, public operations marked public and the others bearer-protected (checked by calling each one
 * without a token), error answers documented as problems, named enums with their labels, a Chinese summary
 * and a tag on every operation, stable operation ids, no service-only routes. The document is also the one
 * committed under {@code docs/openapi/}, from which clients are generated (module api-clients): a change to
 * the API shows in review as a change of that file. Runs in every service's build, like the house rules.
 */
@BootstrapWith(ServiceUnderTest.class)
class ApiContractTest extends ServiceApiTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");
    /** Accepting a changed document: {@code -Ddj.api.accept=true} writes it instead of failing. */
    private static final boolean ACCEPT = Boolean.getBoolean("dj.api.accept");
    private static final Path COMMITTED = Path.of(System.getProperty("dj.api.documents", "../docs/openapi"));

    @Value("${spring.application.name}")
    String service;
    private ApiDocument document;

    @BeforeEach
    void fetchDocument() {
        JsonNode root = ok(get(null, "/v3/api-docs"));
        ((ObjectNode) root).remove("servers");
        document = new ApiDocument(root);
    }

    @Test
    void ids_are_declared_as_strings_as_they_are_sent() {
        List<String> numbers = new ArrayList<>();
        document.eachSchema((where, schema) -> {
            String type = schema.path("type").asString("");
            String name = where.substring(where.lastIndexOf('/') + 1);
            boolean int64 = "integer".equals(type) && "int64".equals(schema.path("format").asString(""));
            boolean idAsNumber = ("integer".equals(type) || "number".equals(type)) && (name.equals("id") || name.endsWith("Id"));
            if (int64 || idAsNumber) {
                numbers.add(where);
            }
        });
        assertThat(numbers).as("64-bit integers travel as strings (LongIdsAsStrings); declared as numbers at").isEmpty();
    }

    @Test
    void every_operation_has_a_chinese_summary_an_english_description_and_a_chinese_tag() {
        Set<String> definedTags = new HashSet<>();
        for (JsonNode tag : document.root().path("tags")) {
            definedTags.add(tag.path("name").asString(""));
        }
        List<String> faults = new ArrayList<>();
        for (ApiDocument.Op op : document.operations()) {
            if (!HAN.matcher(op.text("summary")).find()) {
                faults.add(op + ": no Chinese summary (@Operation(summary = ...))");
            }
            if (!LATIN.matcher(op.text("description")).find()) {
                faults.add(op + ": no English description (@Operation(description = ...))");
            }
            JsonNode tags = op.node().path("tags");
            if (tags.isEmpty()) {
                faults.add(op + ": no tag (@Tag on the controller)");
            }
            for (JsonNode tag : tags) {
                String name = tag.asString();
                if (!HAN.matcher(name).find() || !definedTags.contains(name)) {
                    faults.add(op + ": tag '" + name + "' is not a Chinese area name declared with @Tag(name, description)");
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void every_operation_documents_its_success_and_its_errors_as_problems() {
        List<String> faults = new ArrayList<>();
        for (ApiDocument.Op op : document.operations()) {
            boolean success = false;
            boolean clientError = false;
            for (Map.Entry<String, JsonNode> response : op.responses().properties()) {
                String status = response.getKey();
                success |= status.startsWith("2");
                if (status.startsWith("4") || status.startsWith("5")) {
                    clientError |= status.startsWith("4");
                    JsonNode schema = response.getValue().path("content").path("application/problem+json").path("schema");
                    if (!"#/components/schemas/Problem".equals(schema.path("$ref").asString(""))) {
                        faults.add(op + " " + status + ": not answered as application/problem+json Problem");
                    }
                }
                if (response.getValue().path("content").has("*/*")) {
                    faults.add(op + " " + status + ": content declared as */* instead of its media type");
                }
            }
            if (!success) {
                faults.add(op + ": no success response");
            }
            if (!clientError) {
                faults.add(op + ": no error response");
            }
            if (op.requiresBearer() && !(op.responses().has("401") && op.responses().has("403"))) {
                faults.add(op + ": takes a token but documents no 401 and 403");
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void enums_are_named_schemas_described_with_their_labels() {
        List<String> faults = new ArrayList<>();
        document.eachSchema((where, schema) -> {
            if (!schema.has("enum")) {
                return;
            }
            boolean named = where.matches("#/components/schemas/[^/]+");
            if (!named) {
                faults.add(where + ": an inline enum (a Java enum becomes a named schema; a String with allowed values should be an enum)");
            } else if (!HAN.matcher(schema.path("description").asString("")).find()) {
                faults.add(where + ": no Chinese labels (give the enum a label() method)");
            }
        });
        assertThat(faults).isEmpty();
    }

    /**
     * Calls each operation without a token (path variables as 1, an empty JSON body): the security chain
     * answers 401 UNAUTHORIZED to exactly the operations that are not declared public.
     */
    @Test
    void public_operations_are_declared_public_and_the_others_take_a_bearer_token() {
        List<String> faults = new ArrayList<>();
        for (ApiDocument.Op op : document.operations()) {
            String uri = op.path().replaceAll("\\{[^}]+}", "1");
            Object body = op.node().path("requestBody").path("content").has("application/json") ? Map.of() : null;
            MvcTestResult result = send(HttpMethod.valueOf(op.method().toUpperCase()), null, uri, body, null);
            boolean refusedWithoutToken = result.getResponse().getStatus() == 401
                    && "UNAUTHORIZED".equals(body(result).path("code").asString(""));
            if (refusedWithoutToken && !op.requiresBearer()) {
                faults.add(op + ": needs a token but does not declare bearerAuth");
            }
            if (!refusedWithoutToken && !op.declaredPublic()) {
                faults.add(op + ": answers " + result.getResponse().getStatus()
                        + " without a token but is not declared public (security: [])");
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void operation_ids_are_unique_and_do_not_depend_on_declaration_order() {
        Map<String, String> seen = new HashMap<>();
        List<String> faults = new ArrayList<>();
        for (ApiDocument.Op op : document.operations()) {
            String id = op.text("operationId");
            if (id.isBlank() || id.matches(".*_\\d+$")) {
                faults.add(op + ": operation id '" + id + "' (springdoc numbered a clash; name it with @Operation(operationId))");
            }
            String before = seen.put(id, op.toString());
            if (before != null) {
                faults.add(op + ": operation id '" + id + "' is also " + before);
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void routes_for_services_only_are_left_out() {
        assertThat(document.operations()).filteredOn(op -> op.path().startsWith("/internal/")).isEmpty();
    }

    @Test
    void the_document_is_the_one_committed_under_docs_openapi() throws IOException {
        Path file = COMMITTED.resolve(service + ".json");
        String served = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(document.root()) + "\n";
        if (ACCEPT) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served);
            return;
        }
        String accept = "if the change is meant, accept it with `./mvnw -pl " + service
                + " test -Dtest=ApiContractTest -Ddj.api.accept=true -Dsurefire.failIfNoSpecifiedTests=false`"
                + " and review the diff of " + file.normalize();
        assertThat(file).as("the committed document of " + service + "; " + accept).exists();
        JsonNode committed = json.readTree(Files.readString(file));
        assertThat(ApiDocument.firstDifference("", committed, document.root()))
                .as(service + "'s API document differs from " + file.normalize() + " at this JSON pointer; " + accept)
                .isNull();
    }
}
