package org.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.warning.WarningWatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Rule: an administrator of another branch gets 404 on every object route of points-service (activities,
 * photos, dues, warnings, statements, and the organisation's compliance and rankings): the object is
 * neither shown nor confirmed to exist. The branch's own administrator gets the same routes answered.
 */
class AnotherBranchGetsNotFoundTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;
    @Autowired
    WarningWatch watch;

    /** A route of one of branch A's objects, and what branch A's own administrator gets from it. */
    private record Route(String name, int ownStatus, Function<String, MvcTestResult> call) {
    }

    @Test
    void an_org_admin_of_another_branch_gets_404_on_every_object_route_and_the_branch_s_own_admin_gets_200()
            throws IOException {
        long m = members.ranked(announceMember(branchA, "钱坤"));
        long activity = body(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type",
                "THEME_DAY", "date", today().toString(), "topic", "主题党日", "attendance",
                List.of(Map.of("memberId", m, "presence", "ABSENT"))))).get("id").asLong();
        byte[] png = png();
        String photoUrl = body(upload(branchAAdmin, activity, png)).get("url").asString();
        assertThat(post(branchAAdmin, "/api/points/dues/bases", Map.of("memberId", m, "year", year(),
                "group", "EMPLOYED", "base", "4000")).getResponse().getStatus()).isEqualTo(201);
        // no organisational life for four months: the watch warns about the member
        jdbc.update("UPDATE member_watch SET tracked_since = ? WHERE member_id = ?",
                Date.valueOf(today().minusMonths(4)), m);
        watch.run(today());
        String month = YearMonth.from(today()).toString();

        List<Route> routes = List.of(
                new Route("GET /api/points/activities/{id}", 200,
                        t -> get(t, "/api/points/activities/" + activity)),
                new Route("GET /api/points/activities?orgId=", 200,
                        t -> get(t, "/api/points/activities?orgId=" + branchA)),
                new Route("POST /api/points/activities/{id}/photos", 201, t -> upload(t, activity, png)),
                new Route("GET /api/points/activities/{id}/photos/{photoId}", 200, t -> get(t, photoUrl)),
                new Route("POST /api/points/dues/bases", 200, t -> post(t, "/api/points/dues/bases",
                        Map.of("memberId", m, "year", year(), "group", "EMPLOYED", "base", "4000"))),
                new Route("POST /api/points/dues/reductions", 201, t -> post(t, "/api/points/dues/reductions",
                        Map.of("memberId", m, "year", year(), "fromMonth", today().getMonthValue(),
                                "toMonth", today().getMonthValue(), "monthlyAmount", "10", "reason", "病休",
                                "approvedBy", "支部委员会会议决定", "approvedOn", today().toString()))),
                new Route("POST /api/points/dues/payments", 201, t -> post(t, "/api/points/dues/payments",
                        Map.of("memberId", m, "months", List.of(month), "amount", "40",
                                "paidOn", today().toString()))),
                new Route("GET /api/points/dues?orgId=", 200, t -> get(t, "/api/points/dues?orgId=" + branchA)),
                new Route("GET /api/points/warnings?orgId=", 200,
                        t -> get(t, "/api/points/warnings?orgId=" + branchA)),
                new Route("GET /api/points/members/{memberId}", 200, t -> get(t, "/api/points/members/" + m)),
                new Route("GET /api/points/compliance?orgId=", 200,
                        t -> get(t, "/api/points/compliance?orgId=" + branchA)),
                new Route("GET /api/points/rankings?orgId=", 200,
                        t -> get(t, "/api/points/rankings?orgId=" + branchA)),
                new Route("GET /api/points/rankings/visibility?orgId=", 200,
                        t -> get(t, "/api/points/rankings/visibility?orgId=" + branchA)),
                new Route("PUT /api/points/rankings/visibility", 200, t -> put(t, "/api/points/rankings/visibility",
                        Map.of("orgId", branchA, "shown", true))));

        // the other branch first, so that each write it is refused is then made by the branch itself
        List<String> answered = new ArrayList<>();
        for (Route route : routes) {
            int other = route.call().apply(branchBAdmin).getResponse().getStatus();
            int own = route.call().apply(branchAAdmin).getResponse().getStatus();
            answered.add(route.name() + ": other branch " + other + ", own branch " + own);
        }
        assertThat(answered).containsExactlyElementsOf(routes.stream()
                .map(r -> r.name() + ": other branch 404, own branch " + r.ownStatus()).toList());

        // nor do the other branch's own lists show branch A's objects
        JsonNode activities = body(get(branchBAdmin, "/api/points/activities"));
        assertThat(activities.get("items").findValuesAsString("id")).doesNotContain(String.valueOf(activity));
        JsonNode warnings = body(get(branchBAdmin, "/api/points/warnings"));
        assertThat(warnings.get("items").findValuesAsString("memberId")).doesNotContain(String.valueOf(m));
        JsonNode ownWarnings = body(get(branchAAdmin, "/api/points/warnings"));
        assertThat(ownWarnings.get("items").findValuesAsString("memberId")).contains(String.valueOf(m));
    }

    private MvcTestResult upload(String token, long activity, byte[] bytes) {
        return mvc.post().uri("/api/points/activities/" + activity + "/photos").multipart().file("file", bytes)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 5, 0x0033CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
