package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.kit.testkit.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The portal's browser journeys (portal/browser) in Debian's Chromium against this run's platform, whose gateway
 * serves the portal built by the portal module: signing in, the organisation tree, a first login on a phone,
 * members registered, imported and unmasked, accounts and the audit log, the Party school (a member's reported post
 * is prepared here: members sign in by SMS code, which only the test can read), and every page at desktop and phone
 * widths. Screenshots go to portal/target/screenshots.
 */
class PortalJourneysE2eTest {
    private static final List<String> MEMBER_HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历",
            "所在组织编码", "人员类别", "入党日期", "转正日期");

    @Test
    void aPartyWorkerCanDoTheirJourneysInTheBrowserAndEveryPageOpensCleanly() throws IOException {
        NodeTools.require("The portal's browser journeys", "node", "npm", "chromium");
        Platform platform = Platform.get();
        Path portal = platform.root.resolve("portal");
        assertThat(portal.resolve("dist/index.html")).as("the portal is built (the portal module builds it)").isRegularFile();
        if (!Files.isDirectory(portal.resolve("node_modules/playwright-core"))) {
            NodeTools.run(portal, Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund");
        }
        String suffix = suffix();
        Path workbook = Files.createDirectories(portal.resolve("target")).resolve("journey-members-" + suffix + ".xlsx");
        Files.write(workbook, membersWithOneBadRow("320583-P" + suffix + "-B1"));
        Path roster = portal.resolve("target").resolve("journey-cadres-" + suffix + ".xlsx");
        Files.write(roster, cadreRoster("320583-P" + suffix + "-B1"));

        String reported = reportedPost(platform, suffix);

        String output = NodeTools.run(portal, Map.of(
                "DJ_REPORTED_POST", reported,
                "DJ_PORTAL_URL", platform.gateway(),
                "DJ_ADMIN_PASSWORD", Platform.ADMIN_PASSWORD,
                "DJ_JOURNEY_SUFFIX", suffix,
                "DJ_IMPORT_FILE", workbook.toString(),
                "DJ_CADRE_IMPORT_FILE", roster.toString(),
                "DJ_SCREENSHOTS", portal.resolve("target/screenshots").toString()), 900, "node", "browser/run.mjs");
        System.out.println(output);
        assertThat(output).contains("journeys: all passed");
    }

    /**
     * A member's post on a course, reported by another member, for the moderation journey: members sign in by SMS
     * code, which only the test (reading the code event) can do. Returns the post's text.
     */
    private static String reportedPost(Platform platform, String suffix) {
        TransferTree tree = new TransferTree(platform);
        String phone1 = TransferTree.phone();
        String phone2 = TransferTree.phone();
        Api.Session author = MemberSignIn.session(tree, tree.member("鲍志强", LocalDate.of(1985, 2, 7), true, phone1), phone1);
        Api.Session reader = MemberSignIn.session(tree, tree.member("邹晓燕", LocalDate.of(1992, 5, 16), false, phone2), phone2);
        Api.Reply course = tree.town1Admin.post("/api/learning/courses", Map.of("title", "党史学习教育",
                "chapters", List.of(Map.of("title", "第一讲", "releaseOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "lessons", List.of(Map.of("title", "党史导读", "kind", "ARTICLE", "durationSeconds", 600, "classHours", 1))))));
        assertThat(course.status()).as(course.raw().body()).isEqualTo(201);
        String id = course.body().get("id").asString();
        assertThat(tree.town1Admin.post("/api/learning/courses/" + id + "/publish", null).status()).isEqualTo(200);
        String text = "低价出售二手家电，联系我（" + suffix + "）";
        Api.Reply[] post = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            post[0] = author.post("/api/learning/my/courses/" + id + "/threads", Map.of("title", "转让", "body", text));
            return post[0].status() != 404;
        });
        assertThat(post[0].status()).as(post[0].raw().body()).isEqualTo(201);
        assertThat(reader.post("/api/learning/my/posts/" + post[0].body().get("id").asString() + "/report",
                Map.of("reason", "与学习无关的广告")).status()).isEqualTo(204);
        return text;
    }

    /**
     * The journey's branch's village committee as a roster workbook (cadre-service's layout): a member of the
     * committee who is not a Party member, with a mobile number, and a young reserve for the secretary's post.
     */
    private static byte[] cadreRoster(String branchCode) {
        List<String> header = List.of("姓名", "性别", "出生日期", "是否党员", "组织编码", "职务", "任职类别", "产生方式", "起始日期",
                "任期届满日期", "学历", "身份证号", "手机号");
        String phone = String.format("1377%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return Sheets.xlsx("干部名册", header, java.util.Arrays.asList(
                java.util.Arrays.asList("殷秀英", "女", "1978-11-02", "否", branchCode, "村（居）委会委员", "现任", "选举",
                        "2021-07-01", "2026-06-30", "普通高中毕业", null, phone),
                java.util.Arrays.asList("殷家豪", "男", "1996-03-21", "否", branchCode, "党组织书记", "后备", null,
                        "2025-01-15", null, "大学本科毕业", null, null)));
    }

    private static String suffix() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    /** Two members of the journey's branch (the org-tree journey creates it with this code); the second's ID number has a wrong check digit. */
    private static byte[] membersWithOneBadRow(String branchCode) {
        int seq = ThreadLocalRandom.current().nextInt(400);
        String good = IdNumbers.make(LocalDate.of(1983, 3, 12), false);
        String other = org.dangjian.kit.identity.ResidentIdNumbers.of("320583", LocalDate.of(1979, 9, 30), true, seq);
        String bad = other.substring(0, 17) + (other.charAt(17) == '0' ? '1' : '0');
        String phone = String.format("1396%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return Sheets.xlsx("党员", MEMBER_HEADER, List.of(
                List.of("沈雅琴", "女", "汉族", "1983-03-12", good, phone, "大学本科", branchCode, "正式党员", "2008-06-30", "2009-07-01"),
                List.of("顾建华", "男", "汉族", "1979-09-30", bad, "", "大学专科", branchCode, "正式党员", "2003-07-01", "2004-07-01")));
    }
}
