package org.dangjian.notify.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.NeighbourStubs;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Members the directory never heard of (recorded before this service was deployed, or whose events aged
 * out of Kafka): notify-service asks member-service, remembers the answer and sends; when member-service
 * fails or is slow, the member gets nothing this time and the event is still handled.
 */
@StubbedProviders
class MemberLookupTest extends TreeApiTest {
    @Autowired
    FlakyProvider provider;
    @Autowired
    FieldCipher cipher;
    @Autowired
    Contacts contacts;
    @Autowired
    ObservationRegistry observations;

    @BeforeEach
    void stubs() {
        NeighbourStubs.reset();
    }

    private void memberServiceKnows(long memberId, String name, String phone) {
        NeighbourStubs.server().stubFor(WireMock.post(urlPathEqualTo(NeighbourStubs.CONTACTS_PATH))
                .withRequestBody(containing(Long.toString(memberId)))
                .willReturn(okJson(json.writeValueAsString(List.of(Map.of(
                        "memberId", Long.toString(memberId), "orgId", Long.toString(branchA),
                        "orgPath", pathOf(branchA), "name", name, "phone", phone, "status", "FULL"))))));
    }

    private void memberServiceAnswers(ResponseDefinitionBuilder answer) {
        NeighbourStubs.server().stubFor(WireMock.post(urlPathEqualTo(NeighbourStubs.CONTACTS_PATH)).willReturn(answer));
    }

    private List<LoggedRequest> lookUps() {
        return NeighbourStubs.server().findAll(postRequestedFor(urlPathEqualTo(NeighbourStubs.CONTACTS_PATH)));
    }

    private void birthday(long memberId, String name) {
        publish(new MemberPoliticalBirthday(memberId, branchA, pathOf(branchA), name, LocalDate.of(2001, 7, 1), 25,
                today()));
    }

    @Test
    void an_unknown_members_greeting_is_sent_after_asking_member_service_and_the_directory_remembers_them() {
        long m = nextId();
        String phone = phone();
        memberServiceKnows(m, "钱七", phone);

        birthday(m, "钱七");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).contains("钱七", "25");

        Map<String, Object> row = jdbc.queryForMap("SELECT name, org_path, phone_enc, phone_masked, status"
                + " FROM member_contact WHERE member_id = ?", m);
        assertThat(row).containsEntry("name", "钱七").containsEntry("org_path", pathOf(branchA))
                .containsEntry("status", "FULL")
                .containsEntry("phone_masked", phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat((String) row.get("phone_enc")).as("stored encrypted").doesNotContain(phone);
        assertThat(cipher.decrypt((String) row.get("phone_enc"))).isEqualTo(phone);

        // known now: the next event for them is served from the directory
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "钱七", LocalDate.of(2001, 7, 1), 25,
                today().plusDays(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 2);
        assertThat(lookUps()).hasSize(1);
    }

    @Test
    void every_look_up_carries_the_service_token_which_is_fetched_once_for_several_calls() {
        for (String name : List.of("孙一", "孙二", "孙三")) {
            long m = nextId();
            String phone = phone();
            memberServiceKnows(m, name, phone);
            birthday(m, name);
            await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        }
        assertThat(lookUps()).hasSize(3).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + NeighbourStubs.TOKEN));
        assertThat(NeighbourStubs.server().findAll(postRequestedFor(urlPathEqualTo(NeighbourStubs.TOKEN_PATH))))
                .as("the token is cached (a test before may already have fetched it)").hasSizeLessThanOrEqualTo(1);
    }

    /**
     * A transfer notice asks for one member on the event's thread: the call (on the breaker's thread) goes
     * to member-service with the event handler's trace as its traceparent.
     */
    @Test
    void a_single_members_look_up_carries_the_callers_trace() {
        long m = nextId();
        String phone = phone();
        memberServiceKnows(m, "周九", phone);
        Observation handler = Observation.start("dj.events.receive", observations);
        String traceId;
        try (Observation.Scope ignored = handler.openScope()) {
            traceId = MDC.get("traceId");
            assertThat(contacts.member(m)).get().extracting(Recipient::name).isEqualTo("周九");
        } finally {
            handler.stop();
        }
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(lookUps()).singleElement().satisfies(request ->
                assertThat(request.getHeader("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void member_service_answering_500_means_no_message_and_the_members_next_events_still_go_through() {
        nothingSentWhileMemberServiceFails(aResponse().withStatus(500));
    }

    @Test
    void member_service_too_slow_means_no_message_and_the_members_next_events_still_go_through() {
        nothingSentWhileMemberServiceFails(okJson("[]").withFixedDelay(5_000));
    }

    private void nothingSentWhileMemberServiceFails(ResponseDefinitionBuilder failure) {
        long m = nextId();
        String phone = phone();
        memberServiceAnswers(failure);
        birthday(m, "李八");
        await().atMost(Duration.ofSeconds(30)).until(() -> !lookUps().isEmpty());

        // Same member, same Kafka key, so the same partition, after the failed event: it is handled only if
        // the consumer moved on from the failed one instead of retrying it.
        NeighbourStubs.reset();
        publish(new MemberRegistered(m, branchA, pathOf(branchA), "李八", "FEMALE", LocalDate.of(1985, 2, 1),
                LocalDate.of(2001, 7, 1), "FULL", phone));
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "李八", LocalDate.of(2001, 7, 1), 25,
                today().plusDays(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key = ?", Recipient.member(m)))
                .as("the greeting asked for while member-service failed was dropped, not queued or retried")
                .isEqualTo(1);
        assertThat(lookUps()).as("no retry of the failed look-up").isEmpty();
    }
}
