package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The portal's browser journeys (portal/browser) in Debian's Chromium against this run's platform, whose gateway
 * serves the portal built by the portal module: signing in, the organisation tree, a first login on a phone,
 * unmasking a member, and every page at desktop and phone widths. Screenshots go to portal/target/screenshots.
 */
class PortalJourneysE2eTest {

    @Test
    void aPartyWorkerCanDoTheirJourneysInTheBrowserAndEveryPageOpensCleanly() {
        NodeTools.require("The portal's browser journeys", "node", "npm", "chromium");
        Platform platform = Platform.get();
        Path portal = platform.root.resolve("portal");
        assertThat(portal.resolve("dist/index.html")).as("the portal is built (the portal module builds it)").isRegularFile();
        if (!Files.isDirectory(portal.resolve("node_modules/playwright-core"))) {
            NodeTools.run(portal, Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund");
        }
        String output = NodeTools.run(portal, Map.of(
                "DJ_PORTAL_URL", platform.gateway(),
                "DJ_ADMIN_PASSWORD", Platform.ADMIN_PASSWORD,
                "DJ_SCREENSHOTS", portal.resolve("target/screenshots").toString()), 900, "node", "browser/run.mjs");
        System.out.println(output);
        assertThat(output).contains("journeys: all passed");
    }
}
