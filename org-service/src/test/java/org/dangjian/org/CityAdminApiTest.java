package org.dangjian.org;

import java.util.Map;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Tests that act as the city's administrator (the generated account, password known to the test), with the
 * root organisation at hand, and open what org-service's events carry sealed as a consumer would.
 */
@TestPropertySource(properties = "dj.admin.password=" + CityAdminApiTest.ADMIN_PASSWORD)
public abstract class CityAdminApiTest extends ServiceApiTest {
    public static final String ADMIN_PASSWORD = "Kunshan-2026-admin";
    @Autowired
    protected EventSeal seal;
    protected String admin;
    protected long rootId;
    protected String rootPath;

    @BeforeEach
    void signInAsCityAdmin() {
        admin = body(post(null, "/api/auth/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)))
                .get("accessToken").asString();
        JsonNode me = ok(get(admin, "/api/auth/me"));
        rootId = me.get("orgId").asLong();
        rootPath = me.get("orgPath").asString();
    }
}
