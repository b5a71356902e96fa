package org.dangjian.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The portal and the mini-program type their calls from the API documents with openapi-typescript; the
 * generated types must type-check, and every id in them must be a string ({@code typescript/checks}).
 * Needs Node.js 20 and npm (README, Requirements): without them this fails and says so, never skips.
 */
class TypeScriptClientsTest {
    private static final Path DIR = Path.of(System.getProperty("dj.typescript.dir", "typescript"));
    private static final Path DOCUMENTS = Path.of(System.getProperty("dj.api.documents", "../docs/openapi"));

    @Test
    void typescript_clients_generated_from_every_document_type_check_with_ids_as_strings() {
        NodeTools.require("The TypeScript client check", "node", "npm");
        Map<String, String> env = Map.of("DJ_API_DOCUMENTS", DOCUMENTS.toAbsolutePath().toString());
        if (!Files.isDirectory(DIR.resolve("node_modules/openapi-typescript"))) {
            NodeTools.run(DIR, env, 300, "npm", "ci", "--no-audit", "--no-fund");
        }
        String output = NodeTools.run(DIR, env, 300, "npm", "run", "check");
        System.out.println(output);
        assertThat(output).contains("generated TypeScript for");
    }
}
