package org.dangjian.kit.security.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** web-kit's idempotent creates behind security-kit: the key belongs to the account in the token. */
class IdempotentCreateTest extends SecurityKitTestBase {
    @Autowired
    MockMvc mvc;
    @Autowired
    ProbeController probe;

    private static MockHttpServletRequestBuilder note(String token, String key) {
        MockHttpServletRequestBuilder post = post("/api/probe/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"三会一课\"}").header("Idempotency-Key", key);
        return token == null ? post : post.header("Authorization", "Bearer " + token);
    }

    @Test
    void a_retry_replays_for_the_same_account_and_not_for_another() throws Exception {
        String key = UUID.randomUUID().toString();
        String alice = TestTokens.orgAdmin(31L, 12L, "/1/12/");
        String bob = TestTokens.orgAdmin(32L, 12L, "/1/12/");
        int before = probe.notesCreated();

        String first = mvc.perform(note(alice, key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.by").value("31")).andReturn().getResponse().getContentAsString();
        String replay = mvc.perform(note(TestTokens.orgAdmin(31L, 12L, "/1/12/"), key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(note(bob, key)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.by").value("32"));

        assertThat(replay).isEqualTo(first);
        assertThat(probe.notesCreated()).isEqualTo(before + 2);
    }

    @Test
    void an_unauthenticated_attempt_does_not_use_up_the_key() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(note(null, key)).andExpect(status().isUnauthorized());
        mvc.perform(note(TestTokens.orgAdmin(33L, 12L, "/1/12/"), key))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }
}
