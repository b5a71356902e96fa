package org.dangjian.kit.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Creates with an Idempotency-Key happen once, per caller. */
class IdempotencyApiTest extends ApiTestBase {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @Test
    void two_identical_posts_create_once_and_the_retry_gets_the_same_response() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        MvcResult first = mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn();
        MvcResult second = mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();

        assertThat(things.createdCount()).isEqualTo(before + 1);
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("党支部");
        assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(MediaType.parseMediaType(second.getResponse().getContentType())
                .equalsTypeAndSubtype(MediaType.parseMediaType(first.getResponse().getContentType()))).isTrue();
    }

    @Test
    void without_a_key_every_post_creates() throws Exception {
        int before = things.createdCount();
        mvc.perform(createThing(VALID)).andExpect(status().isCreated());
        mvc.perform(createThing(VALID)).andExpect(status().isCreated());
        assertThat(things.createdCount()).isEqualTo(before + 2);
    }

    @Test
    void the_same_key_with_a_different_body_is_refused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice"))).andExpect(status().isCreated());
        int before = things.createdCount();
        mvc.perform(createThing(VALID.replace("党支部", "另一个")).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"))
                .andExpect(jsonPath("$.title").value("幂等键已用于另一个请求"));
        assertThat(things.createdCount()).isEqualTo(before);
    }

    @Test
    void a_failed_first_attempt_is_not_replayed() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        mvc.perform(post("/api/things/flaky").contentType(MediaType.APPLICATION_JSON).content(VALID)
                        .header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("THING_BUSY"));
        mvc.perform(post("/api/things/flaky").contentType(MediaType.APPLICATION_JSON).content(VALID)
                        .header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(things.createdCount()).isEqualTo(before + 1);
    }

    @Test
    void a_rejected_body_frees_the_key_for_a_corrected_one() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(createThing("{\"name\":\"\"}").header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isBadRequest());
        mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void another_caller_with_the_same_key_is_not_served_someone_elses_response() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated());
        mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("bob")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        mvc.perform(createThing(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(things.createdCount()).isEqualTo(before + 2);
    }

    /** Anonymous calls (logins, token refreshes) share no identity to keep a key under: they are never replayed. */
    @Test
    void an_anonymous_post_is_never_replayed_so_strangers_sharing_a_key_each_get_their_own_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        MvcResult first = mvc.perform(createThing(VALID).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();
        MvcResult second = mvc.perform(createThing(VALID).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed")).andReturn();
        assertThat(things.createdCount()).isEqualTo(before + 2);
        assertThat(second.getResponse().getHeader("Location")).isNotEqualTo(first.getResponse().getHeader("Location"));
    }

    /** Tokens and numbers in clear are marked no-store: a retry runs again rather than the answer being kept in Redis. */
    @Test
    void an_answer_marked_no_store_is_not_kept_for_replay() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/things/secret").contentType(MediaType.APPLICATION_JSON).content(VALID)
                            .header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                    .andExpect(status().isCreated())
                    .andExpect(header().doesNotExist("Idempotent-Replayed"));
        }
        assertThat(things.createdCount()).isEqualTo(before + 2);
        assertThat(redis.keys("dj:idem:*" + key)).isEmpty();
    }

    @Test
    void a_retry_while_the_first_attempt_is_still_running_is_told_to_wait() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.createdCount();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            things.holdSlowCreates();
            Future<MvcResult> first = pool.submit(() -> mvc.perform(post("/api/things/slow")
                    .contentType(MediaType.APPLICATION_JSON).content(VALID).header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice"))).andReturn());
            assertThat(things.awaitSlowCreateStarted()).isTrue();

            mvc.perform(post("/api/things/slow").contentType(MediaType.APPLICATION_JSON).content(VALID)
                            .header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("IDEMPOTENCY_IN_PROGRESS"));

            things.releaseSlowCreates();
            assertThat(first.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(201);
            mvc.perform(post("/api/things/slow").contentType(MediaType.APPLICATION_JSON).content(VALID)
                            .header("Idempotency-Key", key).header(HttpHeaders.AUTHORIZATION, basic("alice")))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotent-Replayed", "true"));
            assertThat(things.createdCount()).isEqualTo(before + 1);
        } finally {
            things.releaseSlowCreates();
            pool.shutdownNow();
        }
    }
}
