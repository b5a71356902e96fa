package org.dangjian.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The mini-program as the README's test command builds it: packages from the lock file, then the build (which
 * fails when tsc finds an error, a page of app.json lacks a file, or the main package is over WeChat's 2 MB), then
 * the page and request-layer tests, which render the built pages. Prints the main package's size.
 */
class MiniProgramBuildTest {
    private static final Path MINIPROGRAM = Path.of(System.getProperty("dj.miniprogram.dir", ".")).toAbsolutePath().normalize();
    private static final Pattern MAIN_PACKAGE = Pattern.compile("main package: \\d+ files, ([\\d.]+) KB");

    @Test
    void theMiniProgramBuildsWithinWechatsLimitAndPassesItsPageTests() {
        NodeTools.require("The mini-program's build", "node", "npm");
        Map<String, String> env = Map.of("CI", "true");
        if (!Files.isDirectory(MINIPROGRAM.resolve("node_modules/miniprogram-simulate"))) {
            NodeTools.run(MINIPROGRAM, env, 600, "npm", "ci", "--no-audit", "--no-fund");
        }
        String build = NodeTools.run(MINIPROGRAM, env, 600, "npm", "run", "build");
        System.out.println(build);
        Matcher size = MAIN_PACKAGE.matcher(build);
        assertThat(size.find()).as("the build reports the main package's size").isTrue();
        assertThat(MINIPROGRAM.resolve("dist/app.json")).isRegularFile();

        String tests = NodeTools.run(MINIPROGRAM, env, 600, "npx", "vitest", "run");
        System.out.println(tests);
        assertThat(tests).contains("Tests").doesNotContain("failed");
        System.out.println("mini-program main package: " + size.group(1) + " KB");
    }
}
