package org.dangjian.learning.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dangjian.contracts.learning.LearningLectureNotice;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Expert lectures: offered by an organisation to its subtree, booked by the organisations below, never overbooked. */
class LectureTest extends LearningApiTest {
    @Autowired
    Bookings bookings;

    @Test
    void a_slot_with_one_place_booked_by_two_administrators_at_once_gives_one_booking() throws Exception {
        long slot = slot(town1Admin, expert(town1Admin, town1), 1, now().plusDays(10));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = List.of(branchAAdmin, branchBAdmin).stream().map(admin -> pool.submit(() -> {
                together.await();
                return post(admin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 30))
                        .getResponse().getStatus();
            })).toList();
            List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode seen = ok(get(town1Admin, "/api/learning/lectures/slots/" + slot));
        assertThat(seen.get("booked").asInt()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM lecture_booking WHERE slot_id = ? AND status = 'BOOKED'", slot)).isEqualTo(1);
    }

    @Test
    void a_slot_is_offered_to_the_offering_organisations_subtree_only() {
        long slot = slot(town1Admin, expert(town1Admin, town1), 3, now().plusDays(5));

        assertThat(idsOf(get(branchAAdmin, "/api/learning/lectures/slots"))).contains(slot);
        assertThat(idsOf(get(town1Admin, "/api/learning/lectures/slots"))).as("its own offering").contains(slot);
        assertThat(idsOf(get(branchCAdmin, "/api/learning/lectures/slots"))).as("another town's branch").doesNotContain(slot);
        JsonNode below = ok(get(branchAAdmin, "/api/learning/lectures/slots/" + slot));
        assertThat(below.get("bookable").asBoolean()).isTrue();
        assertThat(below.get("manageable").asBoolean()).isFalse();
        assertThat(ok(get(town1Admin, "/api/learning/lectures/slots/" + slot)).get("manageable").asBoolean()).isTrue();
        assertThat(get(branchCAdmin, "/api/learning/lectures/slots/" + slot)).hasStatus(404);
        assertThat(post(branchCAdmin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 10)))
                .hasStatus(404);
        assertThat(post(branchAAdmin, "/api/learning/lectures/slots/" + slot + "/bookings",
                Map.of("attendees", 10, "orgId", branchB))).as("not the caller's organisation to book for").hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("orgId");
        assertThat(get(memberToken(announceMember(branchA, "甲"), branchA), "/api/learning/lectures/slots")).hasStatus(403);
    }

    @Test
    void an_organisation_books_a_slot_once_sees_its_booking_and_is_confirmed_and_the_place_is_counted() {
        long slot = slot(cityAdmin, expert(cityAdmin, root), 2, now().plusDays(7));

        JsonNode booking = ok(post(branchAAdmin, "/api/learning/lectures/slots/" + slot + "/bookings",
                Map.of("attendees", 40, "note", "希望结合社区治理实例")));
        assertThat(booking.get("status").asString()).isEqualTo("BOOKED");
        assertThat(booking.get("orgName").asString()).isEqualTo("城北社区党支部");
        assertThat(booking.get("cancellable").asBoolean()).isTrue();
        assertThat(post(branchAAdmin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 40)))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo(Bookings.ALREADY_BOOKED);

        JsonNode asSeen = ok(get(branchAAdmin, "/api/learning/lectures/slots/" + slot));
        assertThat(asSeen.get("booked").asInt()).isEqualTo(1);
        assertThat(asSeen.get("ourBookingId").asLong()).isEqualTo(booking.get("id").asLong());
        assertThat(idsOf(get(town1Admin, "/api/learning/lectures/bookings"))).as("the town sees its branch's booking")
                .contains(booking.get("id").asLong());
        assertThat(idsOf(get(town2Admin, "/api/learning/lectures/bookings"))).doesNotContain(booking.get("id").asLong());
        assertThat(idsOf(get(cityAdmin, "/api/learning/lectures/slots/" + slot + "/bookings")))
                .containsExactly(booking.get("id").asLong());
        assertThat(get(branchAAdmin, "/api/learning/lectures/slots/" + slot + "/bookings")).as("for the offering side")
                .hasStatus(404);
        assertThat(outboxCount(LearningLectureNotice.TYPE, booking.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void a_booking_is_cancelled_until_the_deadline_and_its_place_is_free_again_after_it_is_not() {
        LocalDateTime starts = now().plusDays(3);
        long slot = slot(town1Admin, expert(town1Admin, town1), 1, starts, starts.minusDays(2));
        long first = ok(post(branchAAdmin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 20)))
                .get("id").asLong();
        assertThat(post(branchBAdmin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 20)))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo(Bookings.SLOT_FULL);
        assertThat(post(branchCAdmin, "/api/learning/lectures/bookings/" + first + "/cancel", null)).hasStatus(404);

        JsonNode cancelled = ok(post(branchAAdmin, "/api/learning/lectures/bookings/" + first + "/cancel", null));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(post(branchAAdmin, "/api/learning/lectures/bookings/" + first + "/cancel", null)).hasStatus(409);
        long second = ok(post(branchBAdmin, "/api/learning/lectures/slots/" + slot + "/bookings", Map.of("attendees", 20)))
                .get("id").asLong();

        steps.advance(Duration.ofDays(1).plusHours(1)); // past the deadline, two days before the start
        JsonNode late = body(post(branchBAdmin, "/api/learning/lectures/bookings/" + second + "/cancel", null));
        assertThat(late.get("code").asString()).isEqualTo(Bookings.CANCEL_CLOSED);
        assertThat(late.get("detail").asString()).contains(starts.minusDays(2).toLocalDate().toString());
        assertThat(outboxCount(LearningLectureNotice.TYPE, first)).as("booked, then cancelled").isEqualTo(2);
    }

    @Test
    void the_booking_organisations_are_reminded_once_the_day_before_and_hear_when_the_lecture_is_called_off() {
        long expert = expert(town1Admin, town1);
        long soon = slot(town1Admin, expert, 5, now().plusHours(30));
        long later = slot(town1Admin, expert, 5, now().plusDays(20));
        long a = ok(post(branchAAdmin, "/api/learning/lectures/slots/" + soon + "/bookings", Map.of("attendees", 9)))
                .get("id").asLong();
        long b = ok(post(branchBAdmin, "/api/learning/lectures/slots/" + later + "/bookings", Map.of("attendees", 9)))
                .get("id").asLong();

        steps.advance(Duration.ofHours(7));
        bookings.remindDue(Duration.ofHours(24));
        bookings.remindDue(Duration.ofHours(24));
        assertThat(notices(a)).containsExactly("BOOKED", "DUE_SOON");
        assertThat(notices(b)).containsExactly("BOOKED");

        assertThat(post(branchAAdmin, "/api/learning/lectures/slots/" + later + "/withdraw", null)).hasStatus(404);
        JsonNode ended = ok(post(town1Admin, "/api/learning/lectures/slots/" + later + "/withdraw", null));
        assertThat(ended.get(0).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(notices(b)).containsExactly("BOOKED", "WITHDRAWN");
        assertThat(post(branchAAdmin, "/api/learning/lectures/slots/" + later + "/bookings", Map.of("attendees", 9)))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo(Bookings.SLOT_WITHDRAWN);
    }

    @Test
    void a_slot_must_start_in_the_future_end_after_it_and_close_cancellation_before_it() {
        long expert = expert(town1Admin, town1);
        LocalDateTime starts = now().plusDays(4);
        assertThat(post(town1Admin, "/api/learning/lectures/slots", slotBody(expert, 1, now().minusHours(1), null)))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("startsAt");
        Map<String, Object> endsFirst = new java.util.HashMap<>(slotBody(expert, 1, starts, null));
        endsFirst.put("endsAt", starts.minusHours(1).toString());
        assertThat(post(town1Admin, "/api/learning/lectures/slots", endsFirst))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsAt");
        assertThat(post(town1Admin, "/api/learning/lectures/slots", slotBody(expert, 1, starts, starts.plusMinutes(1))))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cancelUntil");
        assertThat(post(town1Admin, "/api/learning/lectures/slots", slotBody(expert, 0, starts, null)))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("capacity");
        assertThat(post(town2Admin, "/api/learning/lectures/slots", slotBody(expert, 1, starts, null)))
                .as("another town's expert").hasStatus(404);
        JsonNode byDefault = ok(post(town1Admin, "/api/learning/lectures/slots", slotBody(expert, 1, starts, null)));
        assertThat(byDefault.get("cancelUntil").asString()).as("48 hours before")
                .startsWith(starts.minusHours(48).toString().substring(0, 16));
    }

    private List<Long> idsOf(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return ok(result).valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private List<String> notices(long booking) {
        return jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ? ORDER BY id",
                String.class, LearningLectureNotice.TYPE, Long.toString(booking)).stream()
                .map(p -> json.readTree(p).get("notice").asString()).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(steps).truncatedTo(ChronoUnit.MINUTES);
    }

    private long expert(String admin, long org) {
        return ok(post(admin, "/api/learning/lectures/experts",
                Map.of("name", "李明", "title", "市委党校教授", "topics", "党史学习教育", "orgId", org))).get("id").asLong();
    }

    private long slot(String admin, long expert, int capacity, LocalDateTime startsAt) {
        return slot(admin, expert, capacity, startsAt, null);
    }

    private long slot(String admin, long expert, int capacity, LocalDateTime startsAt, LocalDateTime cancelUntil) {
        return ok(post(admin, "/api/learning/lectures/slots", slotBody(expert, capacity, startsAt, cancelUntil)))
                .get("id").asLong();
    }

    private static Map<String, Object> slotBody(long expert, int capacity, LocalDateTime startsAt, LocalDateTime cancelUntil) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("expertId", expert, "topic", "学习贯彻党的二十大精神",
                "place", "市委党校报告厅", "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(2).toString(),
                "capacity", capacity));
        if (cancelUntil != null) {
            body.put("cancelUntil", cancelUntil.toString());
        }
        return body;
    }
}
