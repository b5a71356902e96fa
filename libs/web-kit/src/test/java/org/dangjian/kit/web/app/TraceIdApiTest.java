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

/**
 * Trace ids: the W3C traceparent the gateway sends is continued (Micrometer Tracing), a request without
 * one starts a trace, and the id is on the response, in every problem and in the log lines.
 */
@ExtendWith(OutputCaptureExtension.class)
class TraceIdApiTest extends ApiTestBase {
    private static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    @Test
    void the_log_line_of_a_failure_carries_the_trace_id(CapturedOutput output) throws Exception {
        String trace = "5f0c2b1e9d8a4c7b8e6f1a2b3c4d5e6f";
        mvc.perform(get("/api/things/500").header("traceparent", traceparent(trace)))
                .andExpect(status().isInternalServerError());
        assertThat(output.getAll()).containsPattern("\\[" + trace + "\\] .*unhandled error on GET /api/things/500");
    }

    @Test
    void the_gateway_trace_is_continued_echoed_and_put_in_problems() throws Exception {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        mvc.perform(get("/api/things/404").header("traceparent", traceparent(trace)))
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
    void a_garbage_traceparent_starts_a_new_trace() throws Exception {
        String trace = mvc.perform(get("/api/things/1").header("traceparent", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Trace-Id");
        assertThat(trace).matches("[0-9a-f]{32}");
    }

    /** Only the W3C header counts: the id a client puts in X-Trace-Id is not taken over. */
    @Test
    void a_client_sent_x_trace_id_is_not_honoured() throws Exception {
        String sent = "0123456789abcdef0123456789abcdef";
        String trace = mvc.perform(get("/api/things/1").header("X-Trace-Id", sent))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Trace-Id");
        assertThat(trace).matches("[0-9a-f]{32}").isNotEqualTo(sent);
    }
}
