package org.dangjian.kit.security.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A service's token opens the /internal routes and nothing else; a person's token, even the city
 * administrator's, never opens them.
 */
class ServiceTokenAccessTest extends SecurityKitTestBase {
    @Autowired
    MockMvc mvc;

    private ResultActions call(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    @Test
    void a_service_token_reaches_an_internal_route_which_knows_the_calling_service() throws Exception {
        call("/internal/probe/caller", TestTokens.service("notify-service"))
                .andExpect(status().isOk())
                .andExpect(content().string("notify-service"));
    }

    @Test
    void a_service_the_internal_route_does_not_name_is_refused_there() throws Exception {
        call("/internal/probe/caller", TestTokens.service("points-service"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("points-service")));
    }

    @Test
    void an_internal_route_that_names_no_caller_is_closed_to_every_service() throws Exception {
        call("/internal/probe/unlisted", TestTokens.service("notify-service"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_service_token_is_refused_on_the_public_api() throws Exception {
        call("/api/probe/me", TestTokens.service("notify-service"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void a_persons_token_is_refused_on_internal_routes_even_the_city_administrators() throws Exception {
        call("/internal/probe/caller", TestTokens.cityAdmin(1L, "/1/"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_account_claiming_the_service_role_is_still_a_person() throws Exception {
        String claimsService = TestTokens.token(77L, "sneaky", 12L, "/1/12/", List.of("SERVICE", "ORG_ADMIN"), null,
                Duration.ofMinutes(5));
        call("/internal/probe/caller", claimsService).andExpect(status().isForbidden());
        call("/api/probe/me", claimsService)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("ORG_ADMIN")));
    }

    @Test
    void no_token_is_401_on_internal_routes() throws Exception {
        mvc.perform(get("/internal/probe/caller")).andExpect(status().isUnauthorized());
    }
}
