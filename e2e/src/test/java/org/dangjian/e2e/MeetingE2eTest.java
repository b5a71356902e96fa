package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Organisational life as it is held, through the gateway: a branch plans a meeting at its town's venue that starts
 * in a moment, each attendee gets the notice, one member asks for leave (approved, and is told), two check in with the code of the
 * meeting's QR code, and once it has started the minutes complete it: the activity is on record with its
 * attendance, announced, and compliance and the members' points statements follow.
 */
class MeetingE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aMeetingIsAnnouncedOneMemberAsksForLeaveTwoCheckInAndComplianceAndPointsFollow() {
        TransferTree tree = new TransferTree(Platform.get());
        String awayPhone = TransferTree.phone();
        String firstPhone = TransferTree.phone();
        String secondPhone = TransferTree.phone();
        long away = tree.member("林芳", LocalDate.of(1986, 3, 14), false, awayPhone);
        long first = tree.member("高翔", LocalDate.of(1979, 11, 2), true, firstPhone);
        long second = tree.member("方园", LocalDate.of(1991, 6, 30), false, secondPhone);
        LocalDateTime startsAt = LocalDateTime.now(CHINA).plusSeconds(75).withNano(0);

        // the town's venue: a branch meets at a venue of its own organisation or of one above it
        Api.Reply venue = tree.town1Admin.post("/api/orgs/" + tree.town1 + "/venues", Map.of("name", "张浦镇党群服务中心",
                "address", "昆山市张浦镇振新东路 8 号", "latitude", new BigDecimal("31.278100"), "longitude", new BigDecimal("120.951200")));
        assertThat(venue.status()).as(venue.raw().body()).isEqualTo(201);
        Map<String, Object> plan = Map.of("orgId", String.valueOf(tree.branchA), "type", "GENERAL_MEETING",
                "startsAt", startsAt.toString(), "venueId", venue.body().get("id").asString(), "topic", "学习贯彻党的二十届四中全会精神",
                "attendeeMemberIds", List.of(String.valueOf(away), String.valueOf(first), String.valueOf(second)));
        Api.Reply[] planned = new Api.Reply[1];
        // points-service learns the venue and the new members from org-service's and member-service's events a moment later
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            planned[0] = tree.branchAAdmin.post("/api/points/meetings", plan);
            return planned[0].status() != 400 && planned[0].status() != 404;
        });
        assertThat(planned[0].status()).as(planned[0].raw().body()).isEqualTo(201);
        assertThat(planned[0].body().get("place").asString()).isEqualTo("张浦镇党群服务中心（昆山市张浦镇振新东路 8 号）");
        long meeting = planned[0].body().get("id").asLong();
        for (String phone : List.of(awayPhone, firstPhone, secondPhone)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                    .get("/api/notifications/messages?kind=MEETING_ANNOUNCED&recipient=" + phone).body().get("total").asInt() == 1);
        }

        Api memberApi = tree.api;
        String awayToken = MemberSignIn.session(tree, away, awayPhone).accessToken();
        Api.Reply leave = memberApi.send("POST", "/api/points/meetings/" + meeting + "/leave", Map.of("reason", "在外地出差"),
                awayToken, Map.of());
        assertThat(leave.status()).as(leave.raw().body()).isEqualTo(204);
        Api.Reply approved = tree.branchAAdmin.post("/api/points/meetings/" + meeting + "/attendees/" + away + "/leave-decision",
                Map.of("approved", true));
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/notifications/messages?kind=MEETING_LEAVE_APPROVED&recipient=" + awayPhone).body().get("total").asInt() == 1);

        String code = tree.branchAAdmin.get("/api/points/meetings/" + meeting + "/check-in-code").body().get("code").asString();
        for (long member : List.of(first, second)) {
            String token = MemberSignIn.session(tree, member, member == first ? firstPhone : secondPhone).accessToken();
            Api.Reply checkedIn = memberApi.send("POST", "/api/points/meetings/" + meeting + "/check-ins", Map.of("code", code),
                    token, Map.of());
            assertThat(checkedIn.status()).as(checkedIn.raw().body()).isEqualTo(204);
        }

        Api.Reply[] completed = new Api.Reply[1];
        // the minutes complete the meeting once it has started
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            tree.branchAAdmin.get("/api/auth/me");
            completed[0] = tree.branchAAdmin.post("/api/points/meetings/" + meeting + "/complete",
                    Map.of("minutes", "支部书记传达全会精神，党员逐一交流学习体会。"));
            return completed[0].status() != 409;
        });
        assertThat(completed[0].status()).as(completed[0].raw().body()).isEqualTo(200);
        long activity = completed[0].body().get("activityId").asLong();

        JsonNode record = tree.branchAAdmin.get("/api/points/activities/" + activity).body();
        Map<Long, String> presence = new java.util.HashMap<>();
        record.get("attendance").valueStream().forEach(a -> presence.put(a.get("memberId").asLong(), a.get("presence").asString()));
        assertThat(presence).containsEntry(first, "PRESENT").containsEntry(second, "PRESENT").containsEntry(away, "EXCUSED");
        JsonNode announced = Events.await("dj.points.v1", "dj.points.activity-recorded.v1",
                e -> e.path("activityId").asLong() == activity, Duration.ofSeconds(30));
        assertThat(announced.get("meetingId").asLong()).isEqualTo(meeting);

        LocalDate held = startsAt.toLocalDate();
        JsonNode compliance = tree.town1Admin.get("/api/points/compliance?orgId=" + tree.branchA + "&year=" + held.getYear()
                + "&month=" + held.getMonthValue()).body();
        JsonNode generalMeeting = compliance.get("byRequirement").valueStream()
                .filter(r -> "GENERAL_MEETING".equals(r.get("type").asString())).findFirst().orElseThrow();
        assertThat(generalMeeting.get("met").findValuesAsString("orgId")).contains(String.valueOf(tree.branchA));
        for (long member : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> tree.city
                    .get("/api/points/members/" + member).body().get("entries").findValuesAsString("label")
                    .contains("参加支部党员大会"));
        }
    }
}
