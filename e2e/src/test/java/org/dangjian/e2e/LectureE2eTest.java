package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Expert lectures through the gateway: the city offers a lecture with one place, two branches' administrators book
 * it at the same moment and one booking stands; the winner's administrator is texted the booking, gives it up, and
 * the other branch takes the place.
 */
class LectureE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aLectureSlotWithOnePlaceBookedByTwoAdministratorsAtOnceGivesOneBooking() throws Exception {
        TransferTree tree = new TransferTree(Platform.get());
        String phoneA = phone();
        String phoneC = phone();
        secretaryWithPhone(tree, tree.branchA, phoneA);
        secretaryWithPhone(tree, tree.branchC, phoneC);
        // learning-service hears of the new branches from org-service: their bulletin answers once it has
        for (Api.Session admin : List.of(tree.branchAAdmin, tree.branchCAdmin)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> admin.get("/api/learning/bulletin").status() == 200);
        }
        Api.Reply expert = tree.city.post("/api/learning/lectures/experts",
                Map.of("name", "沈国平", "title", "苏州市委党校教授", "topics", "基层治理；党史学习教育"));
        assertThat(expert.status()).as(expert.raw().body()).isEqualTo(201);
        LocalDateTime starts = LocalDateTime.now(CHINA).plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(14);
        String topic = "抓党建促基层治理能力提升" + tree.branchA;
        Api.Reply slot = tree.city.post("/api/learning/lectures/slots", Map.of("expertId", expert.body().get("id").asString(),
                "topic", topic, "place", "昆山市委党校报告厅", "startsAt", starts.toString(),
                "endsAt", starts.plusHours(2).toString(), "capacity", 1));
        assertThat(slot.status()).as(slot.raw().body()).isEqualTo(201);
        String slotId = slot.body().get("id").asString();

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Api.Reply>> racing = List.of(tree.branchAAdmin, tree.branchCAdmin).stream()
                .map(admin -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return admin.post("/api/learning/lectures/slots/" + slotId + "/bookings", Map.of("attendees", 35));
                })).toList();
        Api.Reply a = racing.get(0).get();
        Api.Reply c = racing.get(1).get();
        assertThat(List.of(a.status(), c.status())).as(a.raw().body() + " / " + c.raw().body())
                .containsExactlyInAnyOrder(201, 409);
        Api.Reply refused = a.status() == 409 ? a : c;
        assertThat(refused.code()).isEqualTo("LEARNING_LECTURE_SLOT_FULL");
        assertThat(tree.city.get("/api/learning/lectures/slots/" + slotId).body().get("booked").asInt()).isEqualTo(1);

        boolean aWon = a.status() == 201;
        Api.Reply won = aWon ? a : c;
        Api.Session winner = aWon ? tree.branchAAdmin : tree.branchCAdmin;
        Api.Session loser = aWon ? tree.branchCAdmin : tree.branchAAdmin;
        String winnersPhone = aWon ? phoneA : phoneC;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> tree.city
                .get("/api/notifications/messages?kind=LECTURE_BOOKED&recipient=" + winnersPhone).body()
                .get("items").size() == 1);
        assertThat(tree.city.get("/api/notifications/messages?kind=LECTURE_BOOKED&recipient=" + winnersPhone).body()
                .get("items").get(0).get("text").asString()).contains(topic, "沈国平");

        Api.Reply cancelled = winner.post("/api/learning/lectures/bookings/" + won.body().get("id").asString() + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        Api.Reply second = loser.post("/api/learning/lectures/slots/" + slotId + "/bookings", Map.of("attendees", 20));
        assertThat(second.status()).as("the place given up is free again: " + second.raw().body()).isEqualTo(201);
        assertThat(loser.get("/api/learning/lectures/slots/" + slotId).body().get("ourBookingId").asString())
                .isEqualTo(second.body().get("id").asString());
    }

    private static void secretaryWithPhone(TransferTree tree, long branch, String phone) {
        Api.Reply created = tree.city.post("/api/auth/accounts", Map.of("username", "jz" + branch,
                "password", "Lecture-Passw0rd", "orgId", String.valueOf(branch), "roles", List.of("ORG_ADMIN"),
                "phone", phone, "displayName", "组织委员"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    }

    private static String phone() {
        return "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
