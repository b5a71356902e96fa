package org.dangjian.kit.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Refusals and failures: always problem details with a stable code, never a stack trace. */
class ErrorApiTest extends ApiTestBase {
    @Test
    void an_api_exception_carries_its_status_code_and_service_message() throws Exception {
        mvc.perform(get("/api/things/404"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("THING_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("找不到编号为 404 的东西"));
        mvc.perform(get("/api/things/404").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.title").value("No thing with id 404"));
    }

    @Test
    void an_id_in_a_message_is_written_as_the_client_sent_it() throws Exception {
        long big = ThingController.BIG_ID_BASE + 2_000_000;
        mvc.perform(get("/api/things/" + big).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No thing with id " + big));
    }

    @Test
    void an_unexpected_failure_is_a_500_that_reveals_nothing() throws Exception {
        MvcResult result = mvc.perform(get("/api/things/500"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.title").value("服务器内部错误"))
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("hunter2", "db-secret-host", "IllegalStateException", "at org.", "trace\"");
    }

    @Test
    void a_database_that_is_away_is_a_503_to_try_again_not_a_500() throws Exception {
        MvcResult result = mvc.perform(get("/api/things/503"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.title").value("服务暂时不可用"))
                .andExpect(jsonPath("$.detail").value("服务暂时不可用，本次操作未保存，请稍后重试。"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Hikari", "JDBC");
    }

    @Test
    void access_denied_in_a_controller_is_a_403_not_a_500() throws Exception {
        mvc.perform(get("/api/things/403").header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void an_unknown_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("资源不存在"));
    }

    @Test
    void a_wrong_method_is_a_405_problem() throws Exception {
        mvc.perform(post("/api/things/7").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(4096) + "\",\"foundedOn\":\"2020-01-01\",\"size\":3}";
        int before = things.createdCount();
        mvc.perform(createThing(big).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"))
                .andExpect(jsonPath("$.title").value("Request body too large"))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
        assertThat(things.createdCount()).isEqualTo(before);
    }
}
