package org.dangjian.kit.security.app;

import org.dangjian.kit.testkit.UsesInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The test service with real MariaDB and Redis, and a JWKS endpoint serving the key
 * {@link org.dangjian.kit.testkit.TestTokens} signs with. One context for every test class.
 */
@SpringBootTest(classes = SecurityKitTestApp.class)
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_kit_test")
abstract class SecurityKitTestBase {
}
