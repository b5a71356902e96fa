package org.dangjian.points.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.contracts.points.PointsMeetingAnnounced;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Where a meeting is held: a venue (活动阵地) of its organisation or of one above it, as org-service announced
 * them, or the place as text when it is held elsewhere; exactly one of the two.
 */
class MeetingVenueTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void aMeetingIsHeldAtAVenueOfItsOrganisation() {
        members.ranked(announceMember(branchA, "王芳"));
        long own = venue(branchA, "城北社区党群服务中心", "昆山市玉山镇北门路88号");
        long town = venue(town1, "玉山镇党群服务中心", "昆山市玉山镇前进西路1号");
        long neighbours = venue(branchB, "城南社区党群服务中心", "昆山市玉山镇南街6号");

        MvcTestResult atOwn = post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", own)));
        MvcTestResult atTown = post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", town)));

        assertThat(atOwn.getResponse().getStatus()).isEqualTo(201);
        assertThat(atTown.getResponse().getStatus()).isEqualTo(201);
        JsonNode meeting = body(atTown);
        assertThat(meeting.get("venue").get("name").asString()).isEqualTo("玉山镇党群服务中心");
        assertThat(meeting.get("venue").get("address").asString()).isEqualTo("昆山市玉山镇前进西路1号");
        assertThat(meeting.get("place").asString()).isEqualTo("玉山镇党群服务中心（昆山市玉山镇前进西路1号）");
        assertThat(announcement(meeting.get("id").asLong()).get("place").asString())
                .isEqualTo("玉山镇党群服务中心（昆山市玉山镇前进西路1号）");
        JsonNode usable = ok(get(branchAAdmin, "/api/points/venues?orgId=" + branchA));
        assertThat(usable.findValuesAsString("name")).containsExactlyInAnyOrder("城北社区党群服务中心", "玉山镇党群服务中心");
        assertThat(usable.findValuesAsString("id")).doesNotContain(Long.toString(neighbours));
    }

    @Test
    void aVenueOfAnotherOrganisationIsRefused() {
        members.ranked(announceMember(branchA, "李强"));
        long neighbours = venue(branchB, "城南社区党群服务中心", "昆山市玉山镇南街6号");
        long otherTown = venue(town2, "周市镇党群服务中心", "昆山市周市镇青阳北路2号");

        for (long venue : List.of(neighbours, otherTown, nextId())) {
            MvcTestResult refused = post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", venue)));
            assertThat(refused.getResponse().getStatus()).isEqualTo(400);
            assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("venueId");
            assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("不是本组织或上级组织的活动阵地");
        }
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE org_id = ?", branchA)).isZero();
    }

    @Test
    void aRemovedVenueTakesNoNewMeetingsButTheMeetingsHeldThereKeepIt() {
        members.ranked(announceMember(branchA, "赵丽"));
        long venue = venue(branchA, "城北社区党员活动室", "昆山市玉山镇北门路90号");
        long held = body(post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", venue)))).get("id").asLong();

        publish(new OrgVenueUpdated(branchA, pathOf(branchA), venue, "城北社区党员活动室", "昆山市玉山镇北门路90号", null, null, true));
        awaitEffect(() -> count("SELECT COUNT(*) FROM venue_ref WHERE venue_id = ? AND removed", venue) == 1);

        MvcTestResult refused = post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", venue)));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("已撤销");
        JsonNode meeting = ok(get(branchAAdmin, "/api/points/meetings/" + held));
        assertThat(meeting.get("venue").get("name").asString()).isEqualTo("城北社区党员活动室");
        assertThat(meeting.get("venue").get("removed").asBoolean()).isTrue();
        assertThat(ok(get(branchAAdmin, "/api/points/venues?orgId=" + branchA)).findValuesAsString("id"))
                .doesNotContain(Long.toString(venue));
    }

    @Test
    void aMeetingElsewhereGivesThePlace() {
        long m = members.ranked(announceMember(branchA, "陈红"));
        long venue = venue(branchA, "城北社区党群服务中心", "昆山市玉山镇北门路88号");

        MvcTestResult elsewhere = post(branchAAdmin, "/api/points/meetings", plan(Map.of("place", "昆山市革命烈士陵园")));

        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(201);
        JsonNode meeting = body(elsewhere);
        assertThat(meeting.get("place").asString()).isEqualTo("昆山市革命烈士陵园");
        assertThat(meeting.hasNonNull("venue")).isFalse();
        assertThat(announcement(meeting.get("id").asLong()).get("place").asString()).isEqualTo("昆山市革命烈士陵园");
        JsonNode mine = ok(get(memberToken(m, branchA), "/api/points/meetings/mine")).get("items").get(0);
        assertThat(mine.get("place").asString()).isEqualTo("昆山市革命烈士陵园");

        MvcTestResult neither = post(branchAAdmin, "/api/points/meetings", plan(Map.of()));
        assertThat(neither.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(neither).get("errors").findValuesAsString("field")).containsExactly("venueId");
        MvcTestResult both = post(branchAAdmin, "/api/points/meetings", plan(Map.of("venueId", venue, "place", "昆山市革命烈士陵园")));
        assertThat(both.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(both).get("errors").findValuesAsString("field")).containsExactly("place");
    }

    @Test
    void aVenueAnnouncedTwiceIsKeptOnceWithItsLatestName() {
        long venue = venue(branchA, "城北社区活动室", "昆山市玉山镇北门路88号");
        OrgVenueUpdated renamed = new OrgVenueUpdated(branchA, pathOf(branchA), venue, "城北社区党群服务中心",
                "昆山市玉山镇北门路88号", BigDecimal.valueOf(31.39), BigDecimal.valueOf(120.95), false);
        publish(renamed);
        publish(renamed);
        awaitEffect(() -> count("SELECT COUNT(*) FROM venue_ref WHERE venue_id = ? AND name = ?", venue, "城北社区党群服务中心") == 1);
        assertThat(ok(get(branchAAdmin, "/api/points/venues?orgId=" + branchA)).findValuesAsString("name"))
                .containsExactly("城北社区党群服务中心");
    }

    // ---- helpers ----

    /** A venue as org-service announces one; returns its id once points-service knows it. */
    private long venue(long org, String name, String address) {
        long id = nextId();
        publish(new OrgVenueUpdated(org, pathOf(org), id, name, address, null, null, false));
        awaitEffect(() -> count("SELECT COUNT(*) FROM venue_ref WHERE venue_id = ?", id) == 1);
        return id;
    }

    private Map<String, Object> plan(Map<String, Object> where) {
        Map<String, Object> plan = new HashMap<>(Map.of("orgId", branchA, "type", "THEME_DAY",
                "startsAt", LocalDateTime.now(clock).withNano(0).plusDays(2).toString(), "topic", "缅怀革命先烈，传承红色基因"));
        plan.putAll(where);
        return plan;
    }

    private JsonNode announcement(long meetingId) {
        return json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?",
                String.class, PointsMeetingAnnounced.TYPE, Long.toString(meetingId)));
    }
}
