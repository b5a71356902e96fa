package org.dangjian.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What holds across the documents, which no single service's contract test can see. */
class ApiDocumentsTest {
    private static final Path DOCUMENTS = Path.of(System.getProperty("dj.api.documents", "../docs/openapi"));
    private static final Path GENERATED = Path.of("target", "generated-sources", "openapi");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void operation_ids_are_unique_across_services_as_clients_use_them_as_method_names() throws IOException {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path document : documents()) {
            JsonNode root = json.readTree(Files.readString(document));
            for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String id = operation.getValue().path("operationId").asString("");
                    String here = service(document) + " " + operation.getKey().toUpperCase() + " " + path.getKey();
                    String before = seen.put(id, here);
                    if (before != null) {
                        clashes.add("'" + id + "': " + before + " and " + here);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void every_committed_document_has_a_java_client_compiled_in_this_build() throws IOException {
        List<String> services = documents().stream().map(ApiDocumentsTest::service).toList();
        assertThat(services).isNotEmpty();
        assertThat(services).allSatisfy(service -> assertThat(GENERATED.resolve(service))
                .as("a java client of %s: add an execution for it to api-clients/pom.xml", service)
                .isDirectory());
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String service(Path document) {
        String name = document.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
