package org.dangjian.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    void typescript_clients_generated_from_every_document_type_check_with_ids_as_strings() throws Exception {
        requireNode();
        if (!Files.isDirectory(DIR.resolve("node_modules/openapi-typescript"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        String output = run(List.of("npm", "run", "check"), 300);
        System.out.println(output);
        assertThat(output).contains("generated TypeScript for");
    }

    private static void requireNode() {
        for (String tool : List.of("node", "npm")) {
            try {
                Process version = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
                    fail(tool + " --version failed");
                }
            } catch (IOException | InterruptedException missing) {
                fail("The TypeScript client check needs Node.js 20 and npm on the PATH (README, Requirements). "
                        + "Install them, e.g. `apt-get install nodejs npm` or from https://nodejs.org, then run the tests again. ("
                        + tool + ": " + missing.getMessage() + ")");
            }
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true);
        builder.environment().put("DJ_API_DOCUMENTS", DOCUMENTS.toAbsolutePath().toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String output = new String(out, StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took more than " + timeoutSeconds + " s:\n" + output);
        }
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        return output;
    }
}
