package org.dangjian.cadre.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Posts taken up and left; one secretary per organisation; each change announced. */
class AppointmentTest extends CadreApiTest {

    @Test
    void a_member_appointed_village_secretary_is_announced_with_name_and_organisation_and_shows_on_the_record() {
        long m = member(branchC, "沈书记", "MALE", LocalDate.of(1978, 8, 8), "21");
        String cadre = memberCadre(town2Admin, m).get("id").asString();
        JsonNode post = ok(post(town2Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchC, "SECRETARY", today().minusYears(2))));
        assertThat(post.get("current").asBoolean()).isTrue();
        assertThat(post.get("orgName").asString()).isEqualTo("市北村党支部");

        Map<String, Object> event = lastEvent(branchC);
        assertThat(event).containsEntry("position", "SECRETARY").containsEntry("name", "沈书记")
                .containsEntry("current", true);
        assertThat(String.valueOf(event.get("memberId"))).isEqualTo(Long.toString(m));
        JsonNode record = ok(get(town2Admin, "/api/cadres/" + cadre));
        assertThat(record.get("appointments").get(0).get("position").asString()).isEqualTo("SECRETARY");
        assertThat(names(ok(get(town2Admin, "/api/cadres?position=SECRETARY")))).containsExactly("沈书记");
    }

    @Test
    void an_organisation_has_one_secretary_at_a_time_and_a_new_one_follows_when_the_old_one_left() {
        String first = otherCadre(town2Admin, branchC, "老书记").get("id").asString();
        String second = otherCadre(town2Admin, branchC, "新书记").get("id").asString();
        JsonNode old = ok(post(town2Admin, "/api/cadres/" + first + "/appointments",
                post(branchC, "SECRETARY", today().minusYears(5))));
        assertThat(post(town2Admin, "/api/cadres/" + second + "/appointments",
                post(branchC, "SECRETARY", today().minusDays(1)))).hasStatus(409).bodyJson()
                .extractingPath("$.detail").asString().contains("老书记");

        JsonNode ended = ok(post(town2Admin, "/api/cadres/appointments/" + old.get("id").asString() + "/end",
                Map.of("endsOn", today().minusDays(1).toString(), "reason", "换届")));
        assertThat(ended.get("current").asBoolean()).isFalse();
        assertThat(lastEvent(branchC)).containsEntry("current", false).containsEntry("name", "老书记");
        ok(post(town2Admin, "/api/cadres/" + second + "/appointments", post(branchC, "SECRETARY", today())));
        assertThat(lastEvent(branchC)).containsEntry("current", true).containsEntry("name", "新书记");
        assertThat(post(town2Admin, "/api/cadres/appointments/" + old.get("id").asString() + "/end",
                Map.of("endsOn", today().toString()))).hasStatus(409);
    }

    @Test
    void two_administrators_appointing_secretaries_of_one_organisation_at_the_same_instant_get_one_secretary()
            throws Exception {
        List<String> cadres = List.of(otherCadre(town2Admin, branchC, "甲").get("id").asString(),
                otherCadre(cityAdmin, branchC, "乙").get("id").asString());
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String admin = i == 0 ? town2Admin : cityAdmin;
            String cadre = cadres.get(i);
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return post(admin, "/api/cadres/" + cadre + "/appointments", post(branchC, "SECRETARY", today()))
                        .getResponse().getStatus();
            }));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE org_id = ? AND position = 'SECRETARY'"
                + " AND ends_on IS NULL", branchC)).isEqualTo(1);
    }

    @Test
    void dates_are_checked_at_their_fields_and_posts_elsewhere_are_out_of_reach() {
        String cadre = otherCadre(town1Admin, branchA, "赵委员").get("id").asString();
        assertThat(post(town1Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchA, "COMMITTEE_MEMBER", today().plusDays(1)))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("startsOn");
        assertThat(post(town1Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchC, "COMMITTEE_MEMBER", today()))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("orgId");
        JsonNode held = ok(post(town1Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchA, "COMMITTEE_MEMBER", today().minusDays(10))));
        assertThat(post(town1Admin, "/api/cadres/" + cadre + "/appointments",
                post(branchA, "COMMITTEE_MEMBER", today()))).hasStatus(409);
        String end = "/api/cadres/appointments/" + held.get("id").asString() + "/end";
        assertThat(post(town1Admin, end, Map.of("endsOn", today().minusDays(11).toString()))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsOn");
        assertThat(post(town2Admin, end, Map.of("endsOn", today().toString()))).hasStatus(404);
    }

    @Test
    void a_cadre_put_in_reserve_for_the_secretarys_post_is_on_the_record_until_taken_off() {
        String cadre = otherCadre(town1Admin, branchB, "钱后备").get("id").asString();
        JsonNode reserve = ok(post(town1Admin, "/api/cadres/" + cadre + "/reserves",
                Map.of("position", "SECRETARY", "since", today().minusMonths(3).toString())));
        assertThat(reserve.get("orgId").asLong()).isEqualTo(branchB);
        assertThat(post(town1Admin, "/api/cadres/" + cadre + "/reserves",
                Map.of("position", "SECRETARY", "since", today().toString()))).hasStatus(409);
        assertThat(ok(get(town1Admin, "/api/cadres/" + cadre)).get("reserves").get(0).get("current").asBoolean())
                .isTrue();
        ok(post(town1Admin, "/api/cadres/reserves/" + reserve.get("id").asString() + "/end",
                Map.of("until", today().toString())));
        assertThat(ok(get(town1Admin, "/api/cadres/" + cadre)).get("reserves").get(0).get("current").asBoolean())
                .isFalse();
    }

    /** The latest cadre.appointment-changed written for the organisation, as its JSON payload. */
    private Map<String, Object> lastEvent(long org) {
        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
                + " ORDER BY id DESC LIMIT 1", String.class, CadreAppointmentChanged.TYPE, Long.toString(org));
        @SuppressWarnings("unchecked")
        Map<String, Object> event = json.readValue(payload, Map.class);
        return event;
    }
}
