package org.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The portal as the README's test command builds it: packages from the lock file, the unit tests, then the
 * production build, which fails when the first load is over its budget. Prints the first load's size.
 */
class PortalBuildTest {
    private static final Path PORTAL = Path.of(System.getProperty("dj.portal.dir", ".")).toAbsolutePath().normalize();
    private static final Pattern FIRST_LOAD = Pattern.compile("first load: \\d+ files, ([\\d.]+) KB gzipped");

    @Test
    void thePortalPassesItsUnitTestsAndBuildsWithinItsFirstLoadBudget() {
        NodeTools.require("The portal's build", "node", "npm");
        Map<String, String> env = Map.of("CI", "true");
        if (!Files.isDirectory(PORTAL.resolve("node_modules/vite"))) {
            NodeTools.run(PORTAL, env, 600, "npm", "ci", "--no-audit", "--no-fund");
        }
        // the unit tests import the generated API types only as types, so they run before the build generates them
        String tests = NodeTools.run(PORTAL, env, 600, "npx", "vitest", "run");
        System.out.println(tests);
        assertThat(tests).contains("Tests").doesNotContain("failed");

        String build = NodeTools.run(PORTAL, env, 600, "npm", "run", "build");
        System.out.println(build);
        Matcher firstLoad = FIRST_LOAD.matcher(build);
        assertThat(firstLoad.find()).as("the build reports its first load").isTrue();
        assertThat(PORTAL.resolve("dist/index.html")).isRegularFile();
        System.out.println("portal first load: " + firstLoad.group(1) + " KB gzipped");
    }
}
