package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The WeChat mini-program's calls against this run's platform: its request layer (miniprogram/dist, built by the
 * miniprogram module) runs under Node (miniprogram/integration/run.mjs) with wx.request backed by fetch. A member
 * registered here signs in with WeChat for the first time (the development mode's stub), binding by phone and SMS
 * code; another, for whom a town publishes a course with a short lesson, signs in by SMS code, reads their record,
 * has their token renewed, studies the lesson with heartbeats, sees the class hours and points, checks in to a branch
 * meeting with the text of its QR code, reads their dues (the branch set a base), finds the town's venue nearby and
 * lists their exams and transfers; an applicant signs in and follows their development case. The codes come from notify-service's log.
 */
class MiniProgramE2eTest {
    private static final int LESSON_SECONDS = 5;
    private static final String VENUE = "张浦镇新时代文明实践站";
    private static final BigDecimal LATITUDE = new BigDecimal("31.278100");
    private static final BigDecimal LONGITUDE = new BigDecimal("120.951200");

    @Test
    void theMiniProgramsRequestLayerSignsAMemberInAndStudiesAgainstTheRealApis() {
        NodeTools.require("The mini-program's platform check", "node");
        Platform platform = Platform.get();
        Path miniprogram = platform.root.resolve("miniprogram");
        assertThat(miniprogram.resolve("dist/api/request.js")).as("the mini-program is built (the miniprogram module builds it)")
                .isRegularFile();
        TransferTree tree = new TransferTree(platform);
        String phone = TransferTree.phone();
        String name = "陆小程";
        String wechatPhone = TransferTree.phone();
        long member = tree.member(name, LocalDate.of(1990, 8, 1), false, phone);
        long wechatMember = tree.member("钱微信", LocalDate.of(1968, 4, 9), true, wechatPhone);
        // org-service opens each member's account when member.registered reaches it
        for (long id : new long[] {member, wechatMember}) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                    .get("/api/auth/audit?username=m" + id + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        }

        String applicantPhone = TransferTree.phone();
        tree.applicant("严思远", LocalDate.of(2001, 9, 9), true, applicantPhone);
        String venueId = venue(tree);
        String meeting = meeting(tree, member, venueId);
        Api.Reply base = tree.branchAAdmin.post("/api/points/dues/bases", Map.of("memberId", String.valueOf(member),
                "year", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), "group", "EMPLOYED", "base", new BigDecimal("4000")));
        assertThat(base.status()).as(base.raw().body()).isEqualTo(201);
        String qrText = tree.branchAAdmin.get("/api/points/meetings/" + meeting + "/check-in-code").body().get("qrText").asString();

        String output = NodeTools.run(miniprogram, Map.ofEntries(
                Map.entry("DJ_GATEWAY_URL", platform.gateway()),
                Map.entry("DJ_NOTIFY_LOG", platform.runDir.resolve("logs/notify-service.log").toString()),
                Map.entry("DJ_MEMBER_PHONE", phone),
                Map.entry("DJ_WECHAT_MEMBER_PHONE", wechatPhone),
                Map.entry("DJ_MEMBER_NAME", name),
                Map.entry("DJ_COURSE_ID", publishedCourse(tree)),
                Map.entry("DJ_MEETING_ID", meeting),
                Map.entry("DJ_MEETING_QR", qrText),
                Map.entry("DJ_VENUE_NAME", VENUE),
                Map.entry("DJ_APPLICANT_PHONE", applicantPhone)), 300, "node", "integration/run.mjs");
        System.out.println(output);
        assertThat(output).contains("platform check: all passed");
    }

    /** The town's venue, where the branch meets and which members find nearby. */
    private static String venue(TransferTree tree) {
        Api.Reply venue = tree.town1Admin.post("/api/orgs/" + tree.town1 + "/venues", Map.of("name", VENUE,
                "address", "昆山市张浦镇振新东路 8 号", "latitude", LATITUDE, "longitude", LONGITUDE));
        assertThat(venue.status()).as(venue.raw().body()).isEqualTo(201);
        return venue.body().get("id").asString();
    }

    /**
     * A branch meeting in ten minutes (check-in is open) the member is asked to attend; points-service learns the
     * member and the venue from events first.
     */
    private static String meeting(TransferTree tree, long member, String venueId) {
        Map<String, Object> plan = Map.of("orgId", String.valueOf(tree.branchA), "type", "THEME_DAY",
                "startsAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(10).withNano(0).toString(),
                "venueId", venueId, "topic", "主题党日：重温入党誓词", "attendeeMemberIds", List.of(String.valueOf(member)));
        Api.Reply[] planned = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            planned[0] = tree.branchAAdmin.post("/api/points/meetings", plan);
            return planned[0].status() != 400 && planned[0].status() != 404;
        });
        assertThat(planned[0].status()).as(planned[0].raw().body()).isEqualTo(201);
        return planned[0].body().get("id").asString();
    }

    private static String publishedCourse(TransferTree tree) {
        Api.Reply created = tree.town1Admin.post("/api/learning/courses", Map.of("title", "小程序学习", "orgId",
                String.valueOf(tree.town1), "chapters", List.of(Map.of("title", "第一讲",
                        "releaseOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "lessons", List.of(Map.of("title", "入党誓词", "kind", "VIDEO", "durationSeconds", LESSON_SECONDS,
                                "classHours", new BigDecimal("0.5")))))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asString();
        Api.Reply published = tree.town1Admin.post("/api/learning/courses/" + id + "/publish", null);
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        return id;
    }
}
