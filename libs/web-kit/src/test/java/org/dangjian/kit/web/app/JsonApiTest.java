package org.dangjian.kit.web.app;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** JSON conventions: 64-bit ids as strings, ISO dates, capped pages. */
class JsonApiTest extends ApiTestBase {
    @Test
    void a_long_id_is_a_json_string() throws Exception {
        long id = ThingController.BIG_ID_BASE + 7;
        mvc.perform(get("/api/things/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":\"" + id + "\"")))
                .andExpect(jsonPath("$.foundedOn").value("2021-07-01"))
                .andExpect(jsonPath("$.size").value(3));
    }

    @Test
    void a_page_has_items_total_page_size_and_caps_the_size() throws Exception {
        mvc.perform(get("/api/things").param("page", "2").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(100)))
                .andExpect(jsonPath("$.total").value(1000))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items[0].id").value(String.valueOf(ThingController.BIG_ID_BASE + 100)));
    }
}
