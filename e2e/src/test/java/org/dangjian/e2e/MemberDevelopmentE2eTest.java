package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Member development (发展党员全程纪实) through the gateway, as a branch secretary and the organisation department
 * do it: a written application opens a case, the steps are recorded in order and on time (each refusal says why
 * and from when), the applicant's numbers are masked and unmasked only on record, and a city going live imports
 * the people already part-way through, all or nothing.
 */
class MemberDevelopmentE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aBranchRecordsAnApplicantsFirstStepsInOrderAndOnTime() {
        TransferTree tree = new TransferTree(Platform.get());
        LocalDate today = LocalDate.now(CHINA);
        LocalDate applied = today.minusMonths(5);
        String idNumber = IdNumbers.make(LocalDate.of(1999, 4, 12), true);
        String phone = TransferTree.phone();
        Map<String, Object> application = Map.of("name", "陆文博", "gender", "1", "idNumber", idNumber, "phone", phone,
                "workUnit", "昆山市张浦镇人民政府", "education", "21", "ethnicity", "01", "applicationDate", applied.toString(),
                "orgId", String.valueOf(tree.branchA));

        Api.Reply opened = tree.applyToJoin(application);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String caseId = opened.body().get("id").asString();
        String path = "/api/recruitment/cases/" + caseId;
        assertThat(opened.raw().body()).as("masked everywhere").doesNotContain(idNumber).doesNotContain(phone);
        Api.Reply again = tree.branchAAdmin.post("/api/recruitment/cases", application);
        assertThat(again.status()).as("one open case per person: " + again.raw().body()).isEqualTo(409);

        Api.Reply talk = tree.branchAAdmin.post(path + "/steps/N02",
                Map.of("date", applied.plusDays(20).toString(), "fields", Map.of("talker", "李明")));
        assertThat(talk.status()).as(talk.raw().body()).isEqualTo(201);
        Api.Reply outOfOrder = tree.branchAAdmin.post(path + "/steps/N05", Map.of("date", today.toString()));
        assertThat(outOfOrder.status()).as(outOfOrder.raw().body()).isEqualTo(409);
        assertThat(outOfOrder.code()).isEqualTo("RECRUITMENT_STEP_PREVIOUS_FIRST");
        Api.Reply early = tree.branchAAdmin.post(path + "/steps/N03",
                Map.of("date", applied.plusMonths(2).toString(), "fields", Map.of("method", "党员推荐")));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asString()).as("the first allowed date")
                .contains(applied.plusMonths(3).toString());
        Api.Reply activist = tree.branchAAdmin.post(path + "/steps/N03",
                Map.of("date", applied.plusMonths(3).plusDays(1).toString(), "fields", Map.of("method", "党员推荐")));
        assertThat(activist.status()).as(activist.raw().body()).isEqualTo(201);

        JsonNode read = tree.branchAAdmin.get(path).body();
        assertThat(read.toString()).contains("N03").contains("ACTIVIST");
        assertThat(tree.branchAAdmin.get("/api/recruitment/cases?orgId=" + tree.branchA).body().findValuesAsString("id"))
                .contains(caseId);
        assertThat(tree.branchCAdmin.get(path).status()).as("another town's branch does not see it").isEqualTo(404);
        Api.Reply clear = tree.branchAAdmin.post(path + "/unmask", Map.of("reason", "核对申请人身份"));
        assertThat(clear.status()).as(clear.raw().body()).isEqualTo(200);
        assertThat(clear.body().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(clear.header("Cache-Control")).isEqualTo("no-store");

        assertThat(tree.city.get("/api/recruitment/rule-sets").body().findValuesAsString("name")).contains("admission");
        JsonNode admission = tree.city.get("/api/recruitment/rule-sets/admission").body().get("inForce").get("value");
        assertThat(admission.get("minimumAge").asInt()).isEqualTo(18);
        tree.city.get("/api/auth/me"); // a fresh access token for the PUT the session has no shortcut for
        Api.Reply kept = tree.api.send("PUT", "/api/recruitment/rule-sets/admission", Map.of("effectiveFrom",
                today.plusYears(20).toString(), "source", "沿用全国规定（演练）", "value", admission),
                tree.city.accessToken(), Map.of());
        assertThat(kept.status()).as(kept.raw().body()).isLessThan(300);
    }

    @Test
    void theCityUploadsAStepsMaterialTemplateAndABranchSecretaryDownloadsIt() throws Exception {
        TransferTree tree = new TransferTree(Platform.get());
        String path = "/api/recruitment/templates/" + java.net.URLEncoder.encode("转正申请书（参考格式）",
                java.nio.charset.StandardCharsets.UTF_8) + "/file";
        byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(tree.branchAAdmin.upload("PUT", path, "转正申请书.pdf", "application/pdf", pdf).status())
                .as("only the city uploads templates").isEqualTo(403);
        Api.Reply uploaded = tree.city.upload("PUT", path, "转正申请书.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(200);

        JsonNode listed = null;
        for (JsonNode t : tree.branchAAdmin.get("/api/recruitment/templates").body()) {
            if (t.get("name").asString().equals("转正申请书（参考格式）")) {
                listed = t;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("steps").get(0).get("code").asString()).isEqualTo("N22");
        HttpResponse<byte[]> file = tree.branchAAdmin.download(listed.get("url").asString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
    }

    @Test
    void aCityGoingLiveImportsPeoplePartWayThroughAllOrNothingEachFaultNamedByRowAndStep() {
        TransferTree tree = new TransferTree(Platform.get());
        HttpResponse<byte[]> template = tree.town1Admin.download("/api/recruitment/cases/import/template");
        assertThat(template.statusCode()).isEqualTo(200);
        List<String> header = new ArrayList<>(Sheets.read(template.body()).get(0).values());
        assertThat(header).contains("N07 确定发展对象");
        // 2024 dates of the national path N01..N08, each within its time rules
        List<String> path = List.of("2024-03-04", "2024-03-15", "2024-06-10", "2024-06-24", "2024-07-01",
                "2024-07-02", "2025-06-16", "2025-06-30");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> person = new HashMap<>(Map.of("姓名", "沈" + "一二三四五六七八九十".charAt(i % 10) + "民",
                    "性别", "男", "公民身份号码", IdNumbers.make(LocalDate.of(1990, 1, 1).plusDays(37L * i), true),
                    "手机号码", TransferTree.phone(), "学历", "大学本科毕业", "申请支部编码", tree.branchACode));
            for (int step = 0; step <= i % path.size(); step++) {
                String code = String.format("N%02d", step + 1);
                person.put(header.stream().filter(h -> h.startsWith(code + " ")).findFirst().orElseThrow(), path.get(step));
            }
            rows.add(new ArrayList<>(Arrays.asList(header.stream().map(person::get).toArray())));
        }
        String n05 = header.stream().filter(h -> h.startsWith("N05 ")).findFirst().orElseThrow();
        List<Object> sixth = rows.get(5); // dated up to N06
        sixth.set(header.indexOf(n05), "2024-06-20"); // before N04 on 2024-06-24

        Api.Reply[] refused = new Api.Reply[1];
        // recruitment-service learns the new branch's code from org-service's events a moment after it is created
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            refused[0] = tree.town1Admin.upload("/api/recruitment/cases/import", "发展党员.xlsx", Sheets.XLSX,
                    Sheets.xlsx("发展党员", header, rows));
            return !refused[0].raw().body().contains("RECRUITMENT_IMPORT_ORG_UNKNOWN");
        });
        assertThat(refused[0].status()).as(refused[0].raw().body()).isEqualTo(400);
        JsonNode problem = refused[0].body().get("rows");
        assertThat(problem).hasSize(1);
        assertThat(problem.get(0).get("row").asInt()).isEqualTo(7);
        assertThat(problem.get(0).get("column").asString()).isEqualTo(n05);
        assertThat(problem.get(0).get("message").asString()).contains("2024-06-24");

        sixth.set(header.indexOf(n05), "2024-07-01");
        Api.Reply imported = tree.town1Admin.upload("/api/recruitment/cases/import", "发展党员.xlsx", Sheets.XLSX,
                Sheets.xlsx("发展党员", header, rows));
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(20);
        assertThat(tree.branchAAdmin.get("/api/recruitment/cases?orgId=" + tree.branchA + "&size=50").body()
                .get("total").asInt()).isEqualTo(20);
    }

    /**
     * One person from application to full membership through the national catalogue, the platform's clock moved by
     * the test (./platform clock) so that each step is recorded in its time: each refusal (too early, out of order,
     * no exam pass, missing photo, failed quorum, an edit without approval) and each success; the deadline SMS; the
     * applicant's SMS login; the person probationary and then full in member-service, with the right dates.
     */
    @Test
    void onePersonFromApplicationToFullMembershipWithTheClockMovedByTheTest() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        LocalDate t = LocalDate.now(CHINA);
        String secretaryPhone = TransferTree.phone();
        Api.Reply secretary = tree.city.post("/api/auth/accounts", Map.of("username", "zp1s-" + tree.branchA,
                "password", "Secretary-Passw0rd", "orgId", String.valueOf(tree.branchA), "roles", List.of("ORG_ADMIN"),
                "phone", secretaryPhone, "displayName", "支部书记"));
        assertThat(secretary.status()).as(secretary.raw().body()).isEqualTo(201);
        long m1 = tree.member("顾建华", LocalDate.of(1975, 5, 2), true);
        long m2 = tree.member("钱丽萍", LocalDate.of(1982, 8, 19), false);
        long m3 = tree.member("周立新", LocalDate.of(1979, 1, 27), true);
        String idNumber = IdNumbers.make(LocalDate.of(2001, 9, 3), false);
        String phone = TransferTree.phone();
        Map<String, Object> application = Map.of("name", "许静怡", "gender", "2", "idNumber", idNumber, "phone", phone,
                "workUnit", "昆山市张浦镇社区卫生服务中心", "education", "21", "ethnicity", "01",
                "applicationDate", t.toString(), "orgId", String.valueOf(tree.branchA));
        Api.Reply[] opened = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            opened[0] = tree.branchAAdmin.post("/api/recruitment/cases", application);
            return opened[0].status() != 404 && opened[0].status() != 400;
        });
        assertThat(opened[0].status()).as(opened[0].raw().body()).isEqualTo(201);
        String id = opened[0].body().get("id").asString();
        String c = "/api/recruitment/cases/" + id;
        attach(tree.branchAAdmin, c, "N01");

        // the applicant signs in by SMS code before admission: org-service opened the account from case-opened
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/auth/audit?username=a" + id + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        assertThat(tree.api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of()).status()).isEqualTo(202);
        String code = Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30)).get("code").asString();
        Api.Reply applicant = tree.api.send("POST", "/api/auth/sms-login", Map.of("phone", phone, "code", code), null, Map.of());
        assertThat(applicant.status()).as(applicant.raw().body()).isEqualTo(200);
        JsonNode me = tree.api.send("GET", "/api/auth/me", null, applicant.body().get("accessToken").asString(), Map.of()).body();
        assertThat(me.get("roles").toString()).contains("APPLICANT");
        assertThat(me.get("applicantId").asString()).isEqualTo(id);

        // the talk is due within a month of the application: a week before, the branch's secretary is texted
        Api.Reply run = tree.city.post("/api/recruitment/deadlines/run?date=" + t.plusMonths(1).minusDays(3), null);
        assertThat(run.status()).as(run.raw().body()).isLessThan(300);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/notifications/messages?kind=RECRUITMENT_DEADLINE&recipient=" + secretaryPhone).body()
                .get("total").asInt() >= 1);

        step(tree.branchAAdmin, c, "N02", t, Map.of("fields", Map.of("talker", "顾建华")));
        refused(tree.branchAAdmin, c, "N03", t, Map.of("fields", Map.of("method", "党员推荐")),
                "RECRUITMENT_STEP_TOO_EARLY", t.plusMonths(3).toString());
        try {
            platform.moveClock(120);
            step(tree.branchAAdmin, c, "N03", t.plusDays(100), Map.of("fields", Map.of("method", "党员推荐")));
            refused(tree.branchAAdmin, c, "N05", t.plusDays(112), Map.of("people", List.of(String.valueOf(m1))),
                    "RECRUITMENT_STEP_PREVIOUS_FIRST", "N04");
            step(tree.town1Admin, c, "N04", t.plusDays(112), Map.of());
            step(tree.branchAAdmin, c, "N05", t.plusDays(113), Map.of("people", List.of(String.valueOf(m1), String.valueOf(m2))));
            step(tree.branchAAdmin, c, "N06", t.plusDays(114), Map.of());

            platform.moveClock(500);
            refused(tree.branchAAdmin, c, "N07", t.plusDays(470), Map.of(), null, null);
            exam(tree.branchAAdmin, c, "ACTIVIST", 85, t.plusDays(460));
            step(tree.branchAAdmin, c, "N07", t.plusDays(470), Map.of());
            step(tree.town1Admin, c, "N08", t.plusDays(480), Map.of());
            step(tree.branchAAdmin, c, "N09", t.plusDays(481), Map.of("people", List.of(String.valueOf(m1), String.valueOf(m3))));
            attach(tree.branchAAdmin, c, "N10");
            step(tree.branchAAdmin, c, "N10", t.plusDays(482), Map.of());
            step(tree.town1Admin, c, "N11", t.plusDays(483), Map.of("fields", Map.of("classHours", 32)));
            exam(tree.branchAAdmin, c, "CANDIDATE", 90, t.plusDays(483));
            step(tree.branchAAdmin, c, "N12", t.plusDays(484), Map.of());
            step(tree.town1Admin, c, "N13", t.plusDays(485), Map.of());
            attach(tree.branchAAdmin, c, "N14");
            step(tree.branchAAdmin, c, "N14", t.plusDays(486), Map.of());
            Map<String, Object> allPresent = Map.of("vote", Map.of("present", 3, "yes", 3, "no", 0, "abstain", 0));
            refused(tree.branchAAdmin, c, "N15", t.plusDays(487), allPresent, "RECRUITMENT_EVIDENCE_MISSING", "N15");
            attach(tree.branchAAdmin, c, "N15");
            refused(tree.branchAAdmin, c, "N15", t.plusDays(487),
                    Map.of("vote", Map.of("present", 1, "yes", 1, "no", 0, "abstain", 0)), null, null);
            step(tree.branchAAdmin, c, "N15", t.plusDays(487), allPresent);
            step(tree.town1Admin, c, "N16", t.plusDays(497), Map.of());
            step(tree.town1Admin, c, "N17", t.plusDays(498), Map.of("outcome", Map.of("decision", "APPROVED")));
            JsonNode probationary = member(tree, idNumber, "PROBATIONARY");
            assertThat(probationary.get("joinDate").asString()).as("admitted on the branch meeting's day")
                    .isEqualTo(t.plusDays(487).toString());
            step(tree.city, c, "N18", t.plusDays(499), Map.of());
            step(tree.branchAAdmin, c, "N19", t.plusDays(499), Map.of());
            attach(tree.branchAAdmin, c, "N20");
            step(tree.branchAAdmin, c, "N20", t.plusDays(499), Map.of());
            step(tree.branchAAdmin, c, "N21", t.plusDays(500), Map.of());

            platform.moveClock(875);
            attach(tree.branchAAdmin, c, "N22");
            step(tree.branchAAdmin, c, "N22", t.plusDays(850), Map.of());
            exam(tree.branchAAdmin, c, "NEW_MEMBER", 88, t.plusDays(851));
            attach(tree.branchAAdmin, c, "N23");
            step(tree.branchAAdmin, c, "N23", t.plusDays(855), allPresent);
            step(tree.town1Admin, c, "N24", t.plusDays(866), Map.of("outcome", Map.of("decision", "CONFIRMED")));
            JsonNode full = member(tree, idNumber, "FULL");
            assertThat(full.get("fullDate").asString()).as("full from the day the one-year probation ended")
                    .isEqualTo(t.plusDays(487).plusYears(1).toString());
            step(tree.branchAAdmin, c, "N25", t.plusDays(867), Map.of());

            // an edit of a finished step waits for the superior organisation's approval
            Api.Reply asked = tree.branchAAdmin.post(c + "/steps/N25/changes",
                    Map.of("date", t.plusDays(868).toString(), "reason", "归档日期登记有误"));
            assertThat(asked.status()).as(asked.raw().body()).isLessThan(300);
            assertThat(recordedOn(tree, c, "N25")).as("unchanged until approved").isEqualTo(t.plusDays(867).toString());
            JsonNode waiting = tree.town1Admin.get("/api/recruitment/changes?orgId=" + tree.town1).body();
            String change = waiting.get("items").get(0).get("id").asString();
            Api.Reply approved = tree.town1Admin.post("/api/recruitment/changes/" + change + "/approve", null);
            assertThat(approved.status()).as(approved.raw().body()).isLessThan(300);
            assertThat(recordedOn(tree, c, "N25")).isEqualTo(t.plusDays(868).toString());
            Api.Reply second = tree.branchAAdmin.post(c + "/steps/N21/changes",
                    Map.of("date", t.plusDays(501).toString(), "reason", "继续教育考察日期有误"));
            assertThat(second.status()).as(second.raw().body()).isLessThan(300);
            String secondId = tree.town1Admin.get("/api/recruitment/changes?orgId=" + tree.town1).body().get("items").get(0)
                    .get("id").asString();
            Api.Reply refusedChange = tree.town1Admin.post("/api/recruitment/changes/" + secondId + "/refuse",
                    Map.of("reason", "原记录无误"));
            assertThat(refusedChange.status()).as(refusedChange.raw().body()).isLessThan(300);
            assertThat(recordedOn(tree, c, "N21")).as("a refused change leaves the step as it was")
                    .isEqualTo(t.plusDays(500).toString());

            assertThat(tree.branchAAdmin.get(c + "/timeline").body().toString()).contains("N01").contains("N25");
            assertThat(tree.town1Admin.get("/api/recruitment/pipeline?orgId=" + tree.town1).status()).isEqualTo(200);
            assertThat(tree.town1Admin.get("/api/recruitment/overdue?orgId=" + tree.town1).status()).isEqualTo(200);
            assertThat(tree.town1Admin.get("/api/recruitment/throughput?orgId=" + tree.town1).status()).isEqualTo(200);
            assertThat(tree.branchAAdmin.get(c + "/exams").body().toString()).contains("NEW_MEMBER");
            String attachment = tree.branchAAdmin.get(c).body().findValues("attachments").stream()
                    .filter(a -> a.size() > 0).findFirst().orElseThrow().get(0).get("id").asString();
            assertThat(tree.branchAAdmin.download(c + "/attachments/" + attachment).statusCode()).isEqualTo(200);
        } finally {
            platform.moveClock(0);
        }
    }

    private static void step(Api.Session who, String c, String code, LocalDate date, Map<String, Object> rest) {
        Map<String, Object> body = new HashMap<>(rest);
        body.put("date", date.toString());
        Api.Reply r = who.post(c + "/steps/" + code, body);
        assertThat(r.status()).as(code + ": " + r.raw().body()).isEqualTo(201);
    }

    /** Refused with 409 (and this code, and a detail naming {@code mentions}, when given). */
    private static void refused(Api.Session who, String c, String code, LocalDate date, Map<String, Object> rest,
                                String problem, String mentions) {
        Map<String, Object> body = new HashMap<>(rest);
        body.put("date", date.toString());
        Api.Reply r = who.post(c + "/steps/" + code, body);
        assertThat(r.status()).as(code + ": " + r.raw().body()).isEqualTo(409);
        if (problem != null) {
            assertThat(r.raw().body()).contains(problem).contains(mentions);
        }
    }

    private static void attach(Api.Session who, String c, String code) throws Exception {
        Api.Reply r = who.upload(c + "/steps/" + code + "/attachments", code + ".png", "image/png", photo());
        assertThat(r.status()).as(code + " attachment: " + r.raw().body()).isEqualTo(201);
    }

    private static void exam(Api.Session who, String c, String kind, int score, LocalDate date) throws Exception {
        Api.Reply r = who.upload(c + "/exams?kind=" + kind + "&score=" + score + "&date=" + date, "成绩单.png", "image/png", photo());
        assertThat(r.status()).as(kind + " exam: " + r.raw().body()).isEqualTo(201);
    }

    /** A small real PNG, as a phone camera's photo would be typed by its bytes. */
    private static byte[] photo() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xC00000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String recordedOn(TransferTree tree, String c, String code) {
        for (JsonNode s : tree.branchAAdmin.get(c).body().get("steps")) {
            if (code.equals(s.get("code").asString())) {
                return s.get("date").asString();
            }
        }
        return null;
    }

    /** The person in member-service once the event reached it, by ID number, in the standing expected. */
    private static JsonNode member(TransferTree tree, String idNumber, String standing) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode items = tree.city.get("/api/members?idNumber=" + idNumber).body().get("items");
            found[0] = items.isEmpty() ? null : items.get(0);
            return found[0] != null && standing.equals(found[0].get("standing").asString());
        });
        return found[0];
    }
}
