package org.dangjian.kit.security.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import org.dangjian.kit.security.SecurityKitAutoConfiguration;
import org.dangjian.kit.security.SecurityKitProperties;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestTemplate;

/** A service started while org-service cannot be reached has no signing keys: it says so, it does not crash. */
@SpringBootTest(classes = {SecurityKitTestApp.class, KeysUnreachableTest.OrgServiceGone.class})
@AutoConfigureMockMvc
@UsesInfrastructure(schema = "dj_kit_test")
class KeysUnreachableTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class OrgServiceGone {
        /** The service's own decoder, pointed at a port where nothing listens. */
        @Bean
        JwtDecoder jwtDecoder(StringRedisTemplate redis) throws IOException {
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            SecurityKitProperties props = new SecurityKitProperties();
            props.setJwksUri("http://127.0.0.1:" + closed + "/api/auth/jwks");
            return SecurityKitAutoConfiguration.jwtDecoder(props, new RestTemplate(), redis);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_token_that_cannot_be_verified_while_org_service_is_unreachable_is_503_with_a_problem_not_500() throws Exception {
        mvc.perform(get("/api/probe/me").header("Accept-Language", "en")
                        .header("Authorization", "Bearer " + TestTokens.cityAdmin(1L, "/1/")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.detail").value("The access token cannot be verified right now. Please try again later."));
    }

    @Test
    void a_request_without_a_token_is_still_401() throws Exception {
        mvc.perform(get("/api/probe/me")).andExpect(status().isUnauthorized());
    }
}
