package org.dangjian.kit.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js side of the build from a test: the TypeScript clients' check, the portal's build and unit
 * tests, its browser journeys. A tool that is missing fails the test with what to install (the README's test
 * command must never skip silently); a command that fails fails the test with its output.
 */
public final class NodeTools {
    /** What to install, per tool, in the failure message. */
    private static final Map<String, String> INSTALL = Map.of(
            "node", "Node.js 20 (e.g. `apt-get install nodejs npm` or https://nodejs.org)",
            "npm", "npm, which comes with Node.js 20",
            "chromium", "Debian's Chromium and a Chinese font: `apt-get install chromium fonts-wqy-microhei` "
                    + "(.ci/run installs them where missing)");

    private NodeTools() {
    }

    /** Fails, saying what to install and why, when any of these tools does not answer {@code --version}. */
    public static void require(String purpose, String... tools) {
        for (String tool : tools) {
            String problem;
            try {
                Process version = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0) {
                    continue;
                }
                problem = tool + " --version failed";
            } catch (IOException e) {
                problem = tool + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
            throw new AssertionError(purpose + " needs " + INSTALL.getOrDefault(tool, tool) + " on the PATH (README, "
                    + "Requirements). Install it and run the tests again. (" + problem + ")");
        }
    }

    /** Runs a command in {@code dir} with these extra environment variables; returns its output (stdout and stderr). */
    public static String run(Path dir, Map<String, String> environment, int timeoutSeconds, String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        Path output = null;
        try {
            output = Files.createTempFile("dj-node", ".log");
            ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (!ended) {
                throw new AssertionError(String.join(" ", line) + " took more than " + timeoutSeconds + " s:\n" + printed);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", line) + " failed (exit " + process.exitValue() + ") in " + dir
                        + ":\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", line) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }
}
