package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import tools.jackson.databind.JsonNode;

/**
 * Relationship transfers as the branches and committees handle them, through the gateway: within the city
 * approved level by level and completed without any letter when the receiving branch confirms the member
 * reported, rejected with a reason, refused to the second of two approvers acting at once, out of the city
 * printed as a letter in the approving committee's name with the dues month points-service recorded and a
 * QR code anyone can check, due dates by the official calendar, and expired when the reporting period
 * runs out. The expiry runs last: it ends every approved transfer on the platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private TransferTree tree;

    @BeforeAll
    void tree() {
        tree = new TransferTree(Platform.get());
    }

    @Test
    @Order(1)
    void anInCityTransferCompletesWithNoLetterOnceTheReceivingBranchConfirmsArrival() {
        String phone = TransferTree.phone();
        long member = tree.member("顾建华", LocalDate.of(1978, 3, 14), true, phone);
        awaitMembers(tree.branchA, 1);
        JsonNode t = registerToBranchC(member);
        long id = t.get("id").asLong();
        assertThat(TransferTree.status(t)).isEqualTo("PENDING");
        assertThat(t.get("steps").findValuesAsString("status")).containsExactly("PENDING", "WAITING");
        assertThat(t.get("steps").findValues("orgId").stream().map(JsonNode::asLong)).containsExactly(tree.town1, tree.town2);

        Api.Reply early = tree.town2Admin.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意"));
        assertThat(early.status()).as("town 2 acts only once town 1 has approved").isEqualTo(403);

        Api.Reply first = tree.town1Admin.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意转出"));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.body().get("steps").findValuesAsString("status")).containsExactly("APPROVED", "PENDING");
        assertThat(tree.branchCAdmin.post("/api/transfers/" + id + "/arrive", Map.of()).status())
                .as("no arrival before the last level approved").isEqualTo(409);

        Api.Reply second = tree.town2Admin.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意接收"));
        assertThat(second.status()).as(second.raw().body()).isEqualTo(200);
        assertThat(TransferTree.status(second.body())).isEqualTo("APPROVED");
        // within the city the transfer is paperless (全程无纸化): no letter, a day to report by
        assertThat(second.body().has("letter")).as("no letter within the city").isFalse();
        assertThat(second.body().get("reportBy").asString()).isNotBlank();
        HttpResponse<byte[]> pdf = tree.branchAAdmin.download("/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.statusCode()).isEqualTo(409);
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("TRANSFER_NO_LETTER_IN_CITY");
        // the member is told to go to the receiving branch, without a letter
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/notifications/messages?kind=TRANSFER_APPROVED_IN_CITY&size=100").body()
                .get("items").findValuesAsString("text").stream().anyMatch(text -> text.contains("顾建华")));
        String approvedText = tree.city.get("/api/notifications/messages?kind=TRANSFER_APPROVED_IN_CITY&size=100")
                .body().get("items").findValuesAsString("text").stream()
                .filter(text -> text.contains("顾建华")).findFirst().orElseThrow();
        assertThat(approvedText).contains("无需介绍信", "千灯三村党支部").doesNotContain("持介绍信");

        assertThat(tree.branchAAdmin.post("/api/transfers/" + id + "/arrive", Map.of()).status())
                .as("the sending branch does not confirm the arrival").isEqualTo(403);
        Api.Reply arrived = tree.branchCAdmin.post("/api/transfers/" + id + "/arrive", Map.of("comment", "已报到"));
        assertThat(arrived.status()).as(arrived.raw().body()).isEqualTo(200);
        assertThat(TransferTree.status(arrived.body())).isEqualTo("COMPLETED");
        JsonNode trail = tree.branchAAdmin.get("/api/transfers/" + id).body().get("history");
        assertThat(trail.findValuesAsString("action")).containsExactly("REGISTERED", "APPROVED", "APPROVED", "ARRIVED");

        // member-service moves the member when transfer.completed reaches it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                tree.city.get("/api/members/" + member).body().get("orgId").asLong() == tree.branchC);
        assertThat(tree.branchCAdmin.get("/api/members?orgId=" + tree.branchC + "&size=100").body().get("items")
                .findValues("id").stream().map(JsonNode::asLong)).contains(member);
        assertThat(tree.branchAAdmin.get("/api/members/" + member).status())
                .as("the old branch no longer sees the member").isEqualTo(404);
        // the member counts follow, and the completion notice names both branches
        awaitMembers(tree.branchC, 1);
        awaitMembers(tree.branchA, 0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/notifications/messages?kind=TRANSFER_COMPLETED&size=100").body()
                .get("items").findValuesAsString("text").stream()
                .anyMatch(text -> text.contains("顾建华") && text.contains("千灯三村党支部") && text.contains("转接完成")));
    }

    @Test
    @Order(2)
    void aRejectionNeedsAReasonAndEndsTheTransferWithIt() {
        long member = tree.member("沈玉兰", LocalDate.of(1985, 11, 2), false);
        long id = registerToBranchC(member).get("id").asLong();

        Api.Reply bare = tree.town1Admin.post("/api/transfers/" + id + "/reject", Map.of());
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body().get("errors").findValuesAsString("field")).containsExactly("comment");

        String reason = "该同志尚有党费未缴清，请补缴后再办理";
        Api.Reply rejected = tree.town1Admin.post("/api/transfers/" + id + "/reject", Map.of("comment", reason));
        assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(200);
        JsonNode seen = tree.branchAAdmin.get("/api/transfers/" + id).body();
        assertThat(TransferTree.status(seen)).isEqualTo("REJECTED");
        assertThat(seen.get("outcomeComment").asString()).isEqualTo(reason);
        assertThat(seen.get("steps").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.get("steps").get(0).get("comment").asString()).isEqualTo(reason);
        assertThat(tree.town2Admin.post("/api/transfers/" + id + "/approve", Map.of()).status())
                .as("a rejected transfer is over").isEqualTo(409);

        Api.Reply again = TransferTree.register(tree.branchAAdmin, TransferTree.inCity(member, tree.branchC));
        assertThat(again.status()).as("a rejected transfer can be registered again").isEqualTo(201);
    }

    @Test
    @Order(3)
    void ofTwoApproversActingAtOnceOnlyOneWins() throws Exception {
        long member = tree.member("陆志强", LocalDate.of(1990, 6, 18), true);
        JsonNode registered = registerToBranchC(member);
        long id = registered.get("id").asLong();
        int seenVersion = registered.get("version").asInt();

        // town 1's administrator and the city's, each from the version on their screen, press approve together
        Map<String, Object> decision = Map.of("comment", "同意", "version", seenVersion);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (Api.Session approver : List.of(tree.town1Admin, tree.city)) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return approver.post("/api/transfers/" + id + "/approve", decision);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> r : replies) {
                statuses.add(r.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode after = tree.city.get("/api/transfers/" + id).body();
        assertThat(after.get("steps").findValuesAsString("status")).containsExactly("APPROVED", "PENDING");
        assertThat(after.get("history").findValuesAsString("action")).containsExactly("REGISTERED", "APPROVED");

        Api.Reply stale = tree.town2Admin.post("/api/transfers/" + id + "/approve", decision);
        assertThat(stale.status()).as("approving what one saw before the change").isEqualTo(409);
        assertThat(stale.code()).isEqualTo("TRANSFER_CHANGED_CONCURRENTLY");
        Api.Reply fresh = tree.town2Admin.post("/api/transfers/" + id + "/approve",
                Map.of("comment", "同意", "version", after.get("version").asInt()));
        assertThat(fresh.status()).as(fresh.raw().body()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void anOutOfCityLetterCarriesTheMemberAndItsNumberAndItsQrCodeVerifiesWithoutSigningIn() throws Exception {
        long member = tree.member("钱晓燕", LocalDate.of(1988, 1, 27), false);
        YearMonth month = payThisMonthsDues(member);
        Api.Reply registered = TransferTree.register(tree.branchAAdmin, Map.of("memberId", String.valueOf(member),
                "kind", "OUT_OF_CITY", "externalOrg", "中共杭州市西湖区文新街道党工委",
                "externalRegion", "330106", "externalAddress", "文三路 90 号", "reasonCode", "07", "reasonNote", "随配偶迁居",
                "plannedDate", LocalDate.now().plusDays(10).toString()));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        long id = registered.body().get("id").asLong();
        // the dues month is points-service's record of the payment (points.dues-paid), not typed by hand
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> month.toString()
                .equals(tree.branchAAdmin.get("/api/transfers/" + id).body().path("duesPaidUntil").asString()));
        assertThat(tree.branchAAdmin.download("/api/transfers/" + id + "/letter.pdf").statusCode())
                .as("no letter before the last level approved").isEqualTo(409);

        JsonNode approved = approveEveryLevelAsTheCity(id);
        String number = approved.get("letter").get("number").asString();
        JsonNode steps = approved.get("steps");
        String committee = steps.get(steps.size() - 1).get("orgName").asString();
        assertThat(approved.get("letter").get("issuedBy").asString())
                .as("issued by the committee that approved it, not the branch").isEqualTo(committee);

        // The first letter a cold transfer-service renders loads PDFBox and two 10 MB fonts: on a loaded
        // machine that can outlast the gateway's 10 s limit (503), and the next request finds it warm.
        @SuppressWarnings("unchecked")
        HttpResponse<byte[]>[] download = new HttpResponse[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            download[0] = tree.branchAAdmin.download("/api/transfers/" + id + "/letter.pdf");
            return download[0].statusCode() != 503;
        });
        HttpResponse<byte[]> pdf = download[0];
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String verifyUrl;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("钱晓燕", number, "中共杭州市西湖区文新街道党工委", committee + "（盖章）",
                    "党费已交到" + month.getYear() + "年" + month.getMonthValue() + "月");
            verifyUrl = qrCodeOf(doc);
        }

        // whoever holds the paper scans the code: the portal's public page opens (no account needed), and it asks the
        // verification route with the letter's number and code
        URI scanned = URI.create(verifyUrl);
        assertThat(scanned.getRawPath()).isEqualTo("/letters/" + number);
        assertThat(scanned.getRawQuery()).startsWith("code=");
        Api.Reply page = tree.api.send("GET", scanned.getRawPath() + "?" + scanned.getRawQuery(), null, null, Map.of());
        assertThat(page.status()).as("the portal's page, public").isEqualTo(200);
        String path = "/api/transfers/letters/" + number + "/verification?" + scanned.getRawQuery();
        Api.Reply verified = tree.api.send("GET", path, null, null, Map.of());
        assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);
        assertThat(verified.body().get("acceptable").asBoolean()).isTrue();
        assertThat(verified.body().get("number").asString()).isEqualTo(number);
        assertThat(verified.body().get("memberName").asString()).isEqualTo("钱*燕");
        Api.Reply forged = tree.api.send("GET", "/api/transfers/letters/" + number + "/verification?code=AAAAAAAAAAAA",
                null, null, Map.of());
        assertThat(forged.status()).isEqualTo(404);
    }

    /**
     * The platform's clock stands after 2026's National Day and the development clock moves forward only,
     * so a step cannot be registered on 30 September 2026 here (HolidayCalendarTest does that inside
     * transfer-service). Through the gateway: the 2026 calendar carries the National Day block and its
     * adjusted working days, and a step registered today is due after as many working days as that
     * calendar (and the next year's, or Monday to Friday where none is set) counts.
     */
    @Test
    @Order(5)
    void aStepsDueDateCountsTheWorkingDaysOfTheOfficialCalendar() {
        JsonNode calendar2026 = tree.city.get("/api/transfers/calendar/2026").body();
        Map<String, String> kinds = new java.util.HashMap<>();
        calendar2026.get("days").forEach(d -> kinds.put(d.get("date").asString(), d.get("kind").asString()));
        for (int day = 1; day <= 7; day++) {
            assertThat(kinds.get(LocalDate.of(2026, 10, day).toString())).isEqualTo("DAY_OFF");
        }
        assertThat(kinds.get("2026-09-20")).isEqualTo("WORKING_DAY");
        assertThat(kinds.get("2026-10-10")).isEqualTo("WORKING_DAY");

        long member = tree.member("尹国庆", LocalDate.of(1983, 10, 1), true);
        JsonNode t = registerToBranchC(member);
        LocalDate due = LocalDate.parse(t.get("steps").get(0).get("dueDate").asString());
        LocalDate today = LocalDate.now(CHINA);
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            Api.Reply y = tree.city.get("/api/transfers/calendar/" + year);
            if (y.status() == 200) {
                y.body().get("days").forEach(d -> kinds.put(d.get("date").asString(), d.get("kind").asString()));
            }
        }
        LocalDate expected = today;
        for (int left = 5; left > 0; ) {
            expected = expected.plusDays(1);
            String kind = kinds.get(expected.toString());
            boolean weekend = expected.getDayOfWeek().getValue() >= 6;
            if ("WORKING_DAY".equals(kind) || (!weekend && !"DAY_OFF".equals(kind))) {
                left--;
            }
        }
        assertThat(due).as("five working days after " + today).isEqualTo(expected);
    }

    @Test
    @Order(6)
    void aTransferNotReportedWithinItsPeriodExpiresAndArrivalIsRefused() {
        long member = tree.member("曹文军", LocalDate.of(1972, 9, 9), true);
        long id = registerToBranchC(member).get("id").asLong();
        JsonNode approved = approveEveryLevelAsTheCity(id);
        LocalDate validUntil = LocalDate.parse(approved.get("reportBy").asString());

        Api.Reply onTheLastDay = tree.city.post("/api/transfers/expiry/run?date=" + validUntil, Map.of());
        assertThat(onTheLastDay.status()).as(onTheLastDay.raw().body()).isEqualTo(200);
        assertThat(TransferTree.status(tree.city.get("/api/transfers/" + id).body()))
                .as("still valid on its last day").isEqualTo("APPROVED");

        Api.Reply run = tree.city.post("/api/transfers/expiry/run?date=" + validUntil.plusDays(1), Map.of());
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        assertThat(run.body().get("expired").asInt()).isPositive();
        assertThat(TransferTree.status(tree.branchCAdmin.get("/api/transfers/" + id).body())).isEqualTo("EXPIRED");

        Api.Reply arrival = tree.branchCAdmin.post("/api/transfers/" + id + "/arrive", Map.of());
        assertThat(arrival.status()).isEqualTo(409);
        assertThat(tree.city.get("/api/members/" + member).body().get("orgId").asLong())
                .as("the member stays where they were").isEqualTo(tree.branchA);
    }

    /** Waits until org-service counts {@code members} members in {@code branch} (it counts from member events). */
    private void awaitMembers(long branch, int members) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                tree.city.get("/api/orgs/" + branch + "/stats").body().get("members").asInt() == members);
    }

    /** Branch A records this month's dues of the member in points-service (base first); returns the month. */
    private YearMonth payThisMonthsDues(long member) {
        LocalDate today = LocalDate.now(CHINA);
        Api.Reply[] base = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            base[0] = tree.branchAAdmin.post("/api/points/dues/bases", Map.of("memberId", String.valueOf(member),
                    "year", today.getYear(), "group", "EMPLOYED", "base", new BigDecimal("3000.00")));
            return base[0].status() != 404;
        });
        assertThat(base[0].status()).as(base[0].raw().body()).isIn(200, 201);
        YearMonth month = YearMonth.from(today);
        Api.Reply paid = tree.branchAAdmin.post("/api/points/dues/payments", Map.of("memberId", String.valueOf(member),
                "months", List.of(month.toString()), "amount", new BigDecimal("15.00"), "paidOn", today.toString()));
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
        return month;
    }

    /** Branch A's administrator registers a transfer of the member to branch C. */
    private JsonNode registerToBranchC(long member) {
        Api.Reply registered = TransferTree.register(tree.branchAAdmin, TransferTree.inCity(member, tree.branchC));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return registered.body();
    }

    /** "A CITY_ADMIN may act on any step": the city approves level after level until the letter is issued. */
    private JsonNode approveEveryLevelAsTheCity(long id) {
        JsonNode t = tree.city.get("/api/transfers/" + id).body();
        for (int level = 0; level < t.get("steps").size(); level++) {
            Api.Reply approved = tree.city.post("/api/transfers/" + id + "/approve", Map.of("comment", "同意"));
            assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
            t = approved.body();
        }
        assertThat(TransferTree.status(t)).isEqualTo("APPROVED");
        return t;
    }

    /** What the letter's QR code says, read from the image on the page as a phone camera would. */
    private static String qrCodeOf(PDDocument doc) throws Exception {
        PDResources resources = doc.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage qr = image.getImage();
                int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
            }
        }
        throw new AssertionError("the letter has no QR code");
    }
}
