package org.dangjian.points.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.points.PointsActivityRecorded;
import org.dangjian.contracts.points.PointsMeetingAnnounced;
import org.dangjian.contracts.points.PointsMeetingLeaveDecided;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A meeting as it is held: planned and announced, leave, check-in, completed as organisational life. */
class MeetingTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void aPlannedMeetingIsAnnouncedToEveryAttendee() {
        long a = members.ranked(announceMember(branchA, "王芳"));
        long b = members.ranked(announceMember(branchA, "李强"));
        long elsewhere = members.ranked(announceMember(branchB, "吴敏"));

        MvcTestResult r = post(branchAAdmin, "/api/points/meetings", plan(branchA, soon(), null));

        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        long id = body(r).get("id").asLong();
        assertThat(body(r).get("status").asString()).isEqualTo("PLANNED");
        JsonNode announced = announcement(id, 0);
        assertThat(announced.get("attendeeMemberIds").valueStream().map(JsonNode::asLong).toList())
                .contains(a, b).doesNotContain(elsewhere);
        assertThat(announced.get("place").asString()).isEqualTo("城北社区党群服务中心三楼会议室");
        assertThat(announced.get("topic").asString()).isEqualTo("学习贯彻党的二十届四中全会精神");
        assertThat(announced.get("orgName").asString()).isEqualTo("城北社区党支部");
        assertThat(announced.get("cancelled").asBoolean()).isFalse();
    }

    @Test
    void aMeetingAsksTheMembersNamedEachOnTheBranchsRoll() {
        long a = members.ranked(announceMember(branchA, "周平"));
        long elsewhere = members.ranked(announceMember(branchB, "孙静"));

        MvcTestResult refused = post(branchAAdmin, "/api/points/meetings", plan(branchA, soon(), List.of(a, elsewhere)));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("attendeeMemberIds[1]");

        long id = body(post(branchAAdmin, "/api/points/meetings", plan(branchA, soon(), List.of(a)))).get("id").asLong();
        assertThat(announcement(id, 0).get("attendeeMemberIds").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(a);
    }

    @Test
    void aMeetingIsPlannedForTheFutureOnly() {
        members.ranked(announceMember(branchA, "钱伟"));
        MvcTestResult r = post(branchAAdmin, "/api/points/meetings", plan(branchA, now().minusHours(1), null));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").findValuesAsString("field")).containsExactly("startsAt");
    }

    @Test
    void anotherBranchsAdministratorDoesNotFindTheMeeting() {
        members.ranked(announceMember(branchA, "郑洁"));
        long id = planned(soon(), null);
        assertThat(get(branchBAdmin, "/api/points/meetings/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(post(branchBAdmin, "/api/points/meetings", plan(branchA, soon(), null)).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(get(town1Admin, "/api/points/meetings/" + id).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theBranchListsItsMeetingsLatestFirstWithLeaveAndCheckInsCountedAndAnotherBranchSeesNone() {
        long a = members.ranked(announceMember(branchA, "冯敏"));
        long b = members.ranked(announceMember(branchA, "韩雪"));
        long earlier = planned(soon(), List.of(a, b));
        long later = planned(now().plusDays(3), List.of(a, b));
        post(memberToken(a, branchA), "/api/points/meetings/" + earlier + "/leave", Map.of("reason", "在外地培训"));
        tick(earlier, b);

        JsonNode listed = ok(get(branchAAdmin, "/api/points/meetings?orgId=" + branchA + "&size=100"));

        List<Long> order = ids(listed);
        assertThat(order).contains(earlier, later);
        assertThat(order.indexOf(later)).isLessThan(order.indexOf(earlier));
        JsonNode first = listed.get("items").valueStream().filter(m -> m.get("id").asLong() == earlier).findFirst().orElseThrow();
        assertThat(first.get("invited").asInt()).isEqualTo(2);
        assertThat(first.get("leavePending").asInt()).isEqualTo(1);
        assertThat(first.get("checkedIn").asInt()).isEqualTo(1);
        assertThat(first.get("orgName").asString()).isEqualTo("城北社区党支部");
        assertThat(ids(ok(get(branchBAdmin, "/api/points/meetings?size=100")))).doesNotContain(earlier, later);
        assertThat(get(branchBAdmin, "/api/points/meetings?orgId=" + branchA).getResponse().getStatus()).isEqualTo(404);
        assertThat(ids(ok(get(town1Admin, "/api/points/meetings?status=PLANNED&size=100")))).contains(earlier, later);
    }

    @Test
    void aMemberAsksForLeaveWithAReason() {
        long m = members.ranked(announceMember(branchA, "赵丽"));
        long notAsked = members.ranked(announceMember(branchB, "陈红"));
        long id = planned(soon(), null);

        assertThat(post(memberToken(m, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", " "))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(post(memberToken(m, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "在外地出差"))
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(post(memberToken(notAsked, branchB), "/api/points/meetings/" + id + "/leave", Map.of("reason", "有事"))
                .getResponse().getStatus()).isEqualTo(404);

        JsonNode attendee = attendee(id, m);
        assertThat(attendee.get("leaveStatus").asString()).isEqualTo("ASKED");
        assertThat(attendee.get("leaveReason").asString()).isEqualTo("在外地出差");
    }

    @Test
    void aMemberSeesTheMeetingsTheyAreAskedToAttendAndNoOthers() {
        long m = members.ranked(announceMember(branchA, "江涛"));
        long other = members.ranked(announceMember(branchA, "许诺"));
        long asked = planned(soon(), List.of(m));
        long notAsked = planned(soon(), List.of(other));
        post(memberToken(m, branchA), "/api/points/meetings/" + asked + "/leave", Map.of("reason", "值班"));

        JsonNode mine = ok(get(memberToken(m, branchA), "/api/points/meetings/mine"));

        assertThat(ids(mine)).containsExactly(asked).doesNotContain(notAsked);
        assertThat(mine.get("items").get(0).get("leaveStatus").asString()).isEqualTo("ASKED");
        assertThat(mine.get("items").get(0).get("place").asString()).isEqualTo("城北社区党群服务中心三楼会议室");
        assertThat(get(memberToken(m, branchA), "/api/points/meetings/" + asked).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aMemberCannotAskForLeaveOnceTheMeetingHasStarted() {
        long m = members.ranked(announceMember(branchA, "黄磊"));
        long id = planned(soon(), null);
        startedAnHourAgo(id);
        assertThat(post(memberToken(m, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "加班"))
                .getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void anApprovedLeaveCountsAsAnExcusedAbsence() {
        long approved = members.ranked(announceMember(branchA, "刘洋"));
        long refused = members.ranked(announceMember(branchA, "杨帆"));
        long id = planned(soon(), null);
        post(memberToken(approved, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "住院治疗"));
        post(memberToken(refused, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "想休息"));

        assertThat(decide(id, approved, true).getResponse().getStatus()).isEqualTo(204);
        assertThat(decide(id, refused, false).getResponse().getStatus()).isEqualTo(204);
        assertThat(decide(id, refused, true).getResponse().getStatus()).isEqualTo(409);
        startedAnHourAgo(id);
        long activity = body(complete(id)).get("activityId").asLong();

        Map<Long, JsonNode> attendance = attendanceOf(activity);
        assertThat(attendance.get(approved).get("presence").asString()).isEqualTo("EXCUSED");
        assertThat(attendance.get(approved).get("reason").asString()).isEqualTo("住院治疗");
        assertThat(attendance.get(refused).get("presence").asString()).isEqualTo("ABSENT");
    }

    @Test
    void theMemberIsToldTheLeaveDecision() {
        long approved = members.ranked(announceMember(branchA, "林涛"));
        long refused = members.ranked(announceMember(branchA, "王丽"));
        long id = planned(now().plusDays(3), null);
        post(memberToken(approved, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "陪护住院的父亲"));
        post(memberToken(refused, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "有事"));

        MvcTestResult withoutReason = decide(id, refused, Map.of("approved", false));
        assertThat(withoutReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(withoutReason).get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(decide(id, approved, true).getResponse().getStatus()).isEqualTo(204);
        assertThat(decide(id, refused, Map.of("approved", false, "reason", "本次会议进行换届选举，请安排好工作准时参加"))
                .getResponse().getStatus()).isEqualTo(204);

        Map<Long, JsonNode> told = new HashMap<>();
        jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?", String.class,
                PointsMeetingLeaveDecided.TYPE, Long.toString(id)).stream().map(json::readTree)
                .forEach(e -> told.put(e.get("memberId").asLong(), e));
        assertThat(told).containsOnlyKeys(approved, refused);
        assertThat(told.get(approved).get("approved").asBoolean()).isTrue();
        assertThat(told.get(refused).get("approved").asBoolean()).isFalse();
        assertThat(told.get(refused).get("reason").asString()).isEqualTo("本次会议进行换届选举，请安排好工作准时参加");
        assertThat(told.get(refused).get("typeLabel").asString()).isEqualTo("支部党员大会");
        assertThat(told.get(refused).get("place").asString()).isEqualTo("城北社区党群服务中心三楼会议室");
        JsonNode mine = ok(get(memberToken(refused, branchA), "/api/points/meetings/mine")).get("items").get(0);
        assertThat(mine.get("leaveStatus").asString()).isEqualTo("REFUSED");
        assertThat(mine.get("leaveDecisionReason").asString()).isEqualTo("本次会议进行换届选举，请安排好工作准时参加");
    }

    @Test
    void aMemberChecksInWithTheMeetingsCodeOnce() {
        long m = members.ranked(announceMember(branchA, "马超"));
        long id = planned(soon(), null);
        JsonNode code = ok(get(branchAAdmin, "/api/points/meetings/" + id + "/check-in-code"));
        assertThat(code.get("qrText").asString()).contains("meetingId=" + id, code.get("code").asString());

        assertThat(checkIn(id, m, code.get("code").asString()).getResponse().getStatus()).isEqualTo(204);
        assertThat(attendee(id, m).get("checkedInHow").asString()).isEqualTo("CODE");
        MvcTestResult again = checkIn(id, m, code.get("code").asString());
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("POINTS_MEETING_ALREADY_CHECKED_IN");
    }

    @Test
    void aCodeFromAnotherMeetingIsRefused() {
        long m = members.ranked(announceMember(branchA, "何静"));
        long mine = planned(soon(), null);
        long other = planned(soon(), null);
        String otherCode = ok(get(branchAAdmin, "/api/points/meetings/" + other + "/check-in-code")).get("code").asString();

        MvcTestResult r = checkIn(mine, m, otherCode);

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(body(r).get("errors").get(0).get("message").asString()).contains("另一场会议");
        assertThat(attendee(mine, m).hasNonNull("checkedInAt")).isFalse();
    }

    @Test
    void anExpiredOrAlteredCodeIsRefused() {
        long m = members.ranked(announceMember(branchA, "罗军"));
        long id = planned(soon(), null);
        String key = jdbc.queryForObject("SELECT check_in_key FROM meeting WHERE id = ?", String.class, id);
        String expired = CheckInCodes.sign(id, Instant.now(clock).minusSeconds(1), key);
        String altered = CheckInCodes.sign(id, Instant.now(clock).plusSeconds(3600), "not-the-meetings-key");

        assertThat(body(checkIn(id, m, expired)).get("errors").get(0).get("message").asString()).contains("已过期");
        assertThat(body(checkIn(id, m, altered)).get("errors").get(0).get("message").asString()).contains("无效");
        assertThat(attendee(id, m).hasNonNull("checkedInAt")).isFalse();
    }

    @Test
    void checkInOpensOnlyAroundTheStart() {
        long m = members.ranked(announceMember(branchA, "宋佳"));
        long id = planned(now().plusDays(2), null);
        assertThat(get(branchAAdmin, "/api/points/meetings/" + id + "/check-in-code").getResponse().getStatus())
                .isEqualTo(409);
        assertThat(tick(id, m).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void theSecretaryTicksAMemberWhoIsThere() {
        long m = members.ranked(announceMember(branchA, "唐亮"));
        long id = planned(soon(), null);
        assertThat(tick(id, m).getResponse().getStatus()).isEqualTo(204);
        assertThat(attendee(id, m).get("checkedInHow").asString()).isEqualTo("SECRETARY");
        assertThat(tick(id, m).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void completingAMeetingRecordsTheActivityWithItsAttendance() {
        long present = members.ranked(announceMember(branchA, "冯敏"));
        long ticked = members.ranked(announceMember(branchA, "邓超"));
        long absent = members.ranked(announceMember(branchA, "许晴"));
        long id = planned(soon(), null);
        String code = ok(get(branchAAdmin, "/api/points/meetings/" + id + "/check-in-code")).get("code").asString();
        checkIn(id, present, code);
        tick(id, ticked);
        startedAnHourAgo(id);

        JsonNode completed = body(complete(id));

        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        long activity = completed.get("activityId").asLong();
        Map<Long, JsonNode> attendance = attendanceOf(activity);
        assertThat(attendance.get(present).get("presence").asString()).isEqualTo("PRESENT");
        assertThat(attendance.get(ticked).get("presence").asString()).isEqualTo("PRESENT");
        assertThat(attendance.get(absent).get("presence").asString()).isEqualTo("ABSENT");
        JsonNode recorded = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ?"
                + " AND aggregate_id = ?", String.class, PointsActivityRecorded.TYPE, Long.toString(activity)));
        assertThat(recorded.get("meetingId").asLong()).isEqualTo(id);
        assertThat(recorded.get("presentMemberIds").valueStream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrder(present, ticked);
        JsonNode statement = body(get(branchAAdmin, "/api/points/members/" + present));
        assertThat(statement.get("entries").findValuesAsString("label")).contains("参加支部党员大会");
        assertThat(complete(id).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aMeetingCannotBeCompletedBeforeItStarts() {
        members.ranked(announceMember(branchA, "韩梅"));
        long id = planned(soon(), null);
        assertThat(complete(id).getResponse().getStatus()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM activity WHERE org_id = ?", branchA)).isZero();
    }

    @Test
    void cancellingAPlannedMeetingIsAnnouncedToTheAttendees() {
        long m = members.ranked(announceMember(branchA, "曹雪"));
        long id = planned(soon(), null);

        JsonNode cancelled = ok(post(branchAAdmin, "/api/points/meetings/" + id + "/cancel", null));

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        JsonNode announced = announcement(id, 1);
        assertThat(announced.get("cancelled").asBoolean()).isTrue();
        assertThat(announced.get("attendeeMemberIds").valueStream().map(JsonNode::asLong).toList()).contains(m);
        assertThat(post(memberToken(m, branchA), "/api/points/meetings/" + id + "/leave", Map.of("reason", "出差"))
                .getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aMeetingCanStillBeRecordedAfterwards() {
        long m = members.ranked(announceMember(branchA, "彭丽"));
        MvcTestResult r = post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "PARTY_LECTURE",
                "date", today().toString(), "topic", "专题党课", "attendance", List.of(Map.of("memberId", m, "presence", "PRESENT"))));
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        long activity = body(r).get("id").asLong();
        assertThat(outboxCount(PointsActivityRecorded.TYPE, activity)).isEqualTo(1);
        JsonNode recorded = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ?"
                + " AND aggregate_id = ?", String.class, PointsActivityRecorded.TYPE, Long.toString(activity)));
        assertThat(recorded.hasNonNull("meetingId")).isFalse();
    }

    // ---- helpers ----

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** Within the check-in window that opens 30 minutes before the start. */
    private LocalDateTime soon() {
        return now().plusMinutes(10);
    }

    private Map<String, Object> plan(long branch, LocalDateTime startsAt, List<Long> attendees) {
        Map<String, Object> plan = new HashMap<>(Map.of("orgId", branch, "type", "GENERAL_MEETING",
                "startsAt", startsAt.toString(), "place", "城北社区党群服务中心三楼会议室", "topic", "学习贯彻党的二十届四中全会精神"));
        if (attendees != null) {
            plan.put("attendeeMemberIds", attendees);
        }
        return plan;
    }

    private long planned(LocalDateTime startsAt, List<Long> attendees) {
        return ok(post(branchAAdmin, "/api/points/meetings", plan(branchA, startsAt, attendees))).get("id").asLong();
    }

    /** The meeting as if planned earlier and begun an hour ago (the test cannot wait for its start). */
    private void startedAnHourAgo(long id) {
        jdbc.update("UPDATE meeting SET starts_at = ? WHERE id = ?", now().minusHours(1), id);
    }

    private JsonNode announcement(long meetingId, int nth) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?"
                + " ORDER BY id", String.class, PointsMeetingAnnounced.TYPE, Long.toString(meetingId));
        assertThat(payloads).hasSizeGreaterThan(nth);
        return json.readTree(payloads.get(nth));
    }

    private JsonNode attendee(long meetingId, long memberId) {
        JsonNode meeting = ok(get(branchAAdmin, "/api/points/meetings/" + meetingId));
        return meeting.get("attendees").valueStream().filter(a -> a.get("memberId").asLong() == memberId).findFirst()
                .orElseThrow();
    }

    private MvcTestResult decide(long meetingId, long memberId, boolean approved) {
        return approved ? decide(meetingId, memberId, Map.of("approved", true))
                : decide(meetingId, memberId, Map.of("approved", false, "reason", "本次会议须全员参加"));
    }

    private MvcTestResult decide(long meetingId, long memberId, Map<String, Object> decision) {
        return post(branchAAdmin, "/api/points/meetings/" + meetingId + "/attendees/" + memberId + "/leave-decision", decision);
    }

    private MvcTestResult checkIn(long meetingId, long memberId, String code) {
        return post(memberToken(memberId, branchA), "/api/points/meetings/" + meetingId + "/check-ins", Map.of("code", code));
    }

    private MvcTestResult tick(long meetingId, long memberId) {
        return post(branchAAdmin, "/api/points/meetings/" + meetingId + "/attendees/" + memberId + "/check-in", null);
    }

    private MvcTestResult complete(long meetingId) {
        return post(branchAAdmin, "/api/points/meetings/" + meetingId + "/complete",
                Map.of("minutes", "支部书记传达会议精神，党员交流发言。"));
    }

    private Map<Long, JsonNode> attendanceOf(long activity) {
        Map<Long, JsonNode> byMember = new HashMap<>();
        ok(get(branchAAdmin, "/api/points/activities/" + activity)).get("attendance").valueStream()
                .forEach(a -> byMember.put(a.get("memberId").asLong(), a));
        return byMember;
    }
}
