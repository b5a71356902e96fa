package org.dangjian.kit.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;

/** Trace ids: echoed from the gateway, generated otherwise, and quoted in every problem. */
@ExtendWith(OutputCaptureExtension.class)
class TraceIdApiTest extends ApiTestBase {
    @Test
    void the_log_line_of_a_failure_carries_the_trace_id(CapturedOutput output) throws Exception {
        String trace = "5f0c2b1e9d8a4c7b8e6f1a2b3c4d5e6f";
        mvc.perform(get("/api/things/500").header("X-Trace-Id", trace)).andExpect(status().isInternalServerError());
        assertThat(output.getAll()).containsPattern("\\[" + trace + "\\] .*unhandled error on GET /api/things/500");
    }

    @Test
    void the_gateway_trace_id_is_echoed_and_put_in_problems() throws Exception {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        mvc.perform(get("/api/things/404").header("X-Trace-Id", trace))
                .andExpect(header().string("X-Trace-Id", trace))
                .andExpect(jsonPath("$.traceId").value(trace));
    }

    @Test
    void a_request_without_one_gets_a_new_one_in_header_and_body() throws Exception {
        MvcResult result = mvc.perform(get("/api/things/404")).andReturn();
        String trace = result.getResponse().getHeader("X-Trace-Id");
        assertThat(trace).matches("[0-9a-f]{32}");
        assertThat(result.getResponse().getContentAsString()).contains("\"traceId\":\"" + trace + "\"");
    }

    @Test
    void a_garbage_trace_id_is_replaced() throws Exception {
        String trace = mvc.perform(get("/api/things/1").header("X-Trace-Id", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Trace-Id");
        assertThat(trace).matches("[0-9a-f]{32}");
    }
}
