package org.dangjian.learning.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.dangjian.contracts.org.OrgVenueUpdated;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Members find the Party organisations' activity venues near them, nearest first, whatever datum their phone gives. */
class NearbyVenuesTest extends LearningApiTest {
    /** 城北社区 in Kunshan, GCJ-02; 0.009° of latitude is about a kilometre. */
    private static final double LAT = 31.391203;
    private static final double LNG = 120.958415;

    @Autowired
    NearbyVenues nearby;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void venues_within_the_radius_come_nearest_first_with_their_distance_and_a_removed_one_goes() {
        long here = venue(branchA, "城北社区党员活动室", LAT, LNG);
        long north = venue(branchB, "城南社区党群服务中心", LAT + 0.009, LNG);
        long far = venue(branchC, "市北村党建阵地", LAT + 0.09, LNG);
        String member = memberToken(announceMember(branchA, "找阵地的党员"), branchA);

        List<String> within5km = names(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + LNG)));
        assertThat(within5km).startsWith("城北社区党员活动室 0 m 城北社区党支部", "城南社区党群服务中心 1001 m 城南社区党支部")
                .noneMatch(v -> v.startsWith("市北村党建阵地"));
        assertThat(names(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + LNG
                + "&radius=20000")))).contains("市北村党建阵地 10010 m 市北村党支部");
        assertThat(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + LNG + "&count=1")))
                .hasSize(1);

        publish(new OrgVenueUpdated(branchB, pathOf(branchB), north, null, null, null, null, true));
        awaitEffect(() -> count("SELECT COUNT(*) FROM venue_ref WHERE venue_id = ? AND removed = TRUE", north) == 1);
        assertThat(names(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + LNG))))
                .noneMatch(v -> v.startsWith("城南社区党群服务中心"));
        assertThat(List.of(here, far)).doesNotContain(north);
    }

    @Test
    void a_gps_point_in_wgs84_is_moved_to_gcj02_before_the_search() {
        double lng = LNG + 0.5; // each test at a place of its own, out of the others' reach
        venue(branchA, "城北社区党员活动室", LAT, lng);
        String member = memberToken(announceMember(branchA, "用GPS的党员"), branchA);
        String at = "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + lng + "&radius=2000";

        int asGcj = distanceTo(ok(get(member, at + "&datum=GCJ02")), "城北社区党员活动室");
        int asWgs = distanceTo(ok(get(member, at + "&datum=WGS84")), "城北社区党员活动室");

        assertThat(asGcj).isZero();
        assertThat(asWgs).as("the national offset near Kunshan is about half a kilometre").isBetween(300, 800);
        double[] paris = Gcj02.fromWgs84(48.8566, 2.3522);
        assertThat(paris).as("outside China nothing moves").containsExactly(48.8566, 2.3522);
    }

    @Test
    void the_index_lost_with_redis_is_built_again_from_the_venues_kept() {
        double lng = LNG - 0.5;
        venue(branchA, "城北社区党员活动室", LAT, lng);
        redis.delete(NearbyVenues.INDEX);
        String member = memberToken(announceMember(branchA, "重建后查找"), branchA);
        assertThat(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + lng))).isEmpty();

        nearby.rebuildIfLost();

        assertThat(names(ok(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + lng))))
                .contains("城北社区党员活动室 0 m 城北社区党支部");
        assertThat(get(member, "/api/learning/nearby/venues?latitude=91&longitude=" + LNG)).hasStatus(400);
        assertThat(get(member, "/api/learning/nearby/venues?latitude=" + LAT + "&longitude=" + LNG + "&radius=99"))
                .hasStatus(400);
    }

    private long venue(long org, String name, double lat, double lng) {
        long id = nextId();
        publish(new OrgVenueUpdated(org, pathOf(org), id, name, "昆山市玉山镇", BigDecimal.valueOf(lat), BigDecimal.valueOf(lng),
                false));
        awaitEffect(() -> count("SELECT COUNT(*) FROM venue_ref WHERE venue_id = ?", id) == 1);
        return id;
    }

    private static List<String> names(JsonNode venues) {
        return venues.valueStream().map(v -> v.get("name").asString() + " " + v.get("distanceMetres").asInt() + " m "
                + v.get("orgName").asString()).toList();
    }

    private static int distanceTo(JsonNode venues, String name) {
        return venues.valueStream().filter(v -> v.get("name").asString().equals(name)).findFirst().orElseThrow()
                .get("distanceMetres").asInt();
    }
}
