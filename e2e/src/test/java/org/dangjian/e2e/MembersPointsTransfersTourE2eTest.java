package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A tour of the member, points and transfer routes the other tests leave alone, as the people who use them
 * would: the city keeps a member's record (photo, profile, standing, history, statistics, the workbooks
 * and who read numbers in clear); a member signs in on the mini-program, sees their own record and
 * transfer, changes phone and whereabouts; a branch records its organisational life with a photo, its
 * dues, and the city runs the watch that flags unpaid dues.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MembersPointsTransfersTourE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private TransferTree tree;

    @BeforeAll
    void tree() {
        tree = new TransferTree(Platform.get());
    }

    @Test
    @Order(1)
    void theCityKeepsAMembersRecordAndSeesItInHistoryStatisticsAndTheWorkbooks() throws IOException {
        JsonNode statsBefore = ok(tree.city.get("/api/members/stats?orgId=" + tree.branchA));
        long member = tree.member("蒋丽华", LocalDate.of(1986, 5, 17), false);
        String path = "/api/members/" + member;

        // photo: none yet, then a PNG, served back as it was; a text file is not a photo
        Api.Reply none = tree.api.send("GET", path + "/photo", null, tree.city.accessToken(), Map.of());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("MEMBER_PHOTO_NOT_FOUND");
        byte[] png = png(60, 80);
        Api.Reply photo = tree.city.upload(path + "/photo", "证件照.png", "image/png", png);
        assertThat(photo.status()).as(photo.raw().body()).isEqualTo(200);
        assertThat(photo.body().get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.body().get("size").asLong()).isEqualTo(png.length);
        HttpResponse<byte[]> served = tree.city.download(path + "/photo");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);
        Api.Reply notImage = tree.city.upload(path + "/photo", "photo.jpg", "image/jpeg", "not an image".getBytes());
        assertThat(notImage.status()).isEqualTo(415);
        assertThat(notImage.code()).isEqualTo("UPLOAD_NOT_AN_IMAGE");
        JsonNode read = ok(tree.city.get(path));
        assertThat(read.get("hasPhoto").asBoolean()).isTrue();

        // profile: a change against the version read; a second change from the same stale version is refused
        int version = read.get("version").asInt();
        Api.Reply patched = tree.api.send("PATCH", path, Map.of("version", version, "workUnit", "昆山市张浦镇人民政府",
                "partyGroup", "第二党小组"), tree.city.accessToken(), Map.of());
        assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        assertThat(patched.body().get("workUnit").asString()).isEqualTo("昆山市张浦镇人民政府");
        assertThat(patched.body().get("partyGroup").asString()).isEqualTo("第二党小组");
        assertThat(patched.body().get("version").asInt()).isGreaterThan(version);
        Api.Reply stale = tree.api.send("PATCH", path, Map.of("version", version, "workUnit", "别处"),
                tree.city.accessToken(), Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("MEMBER_CHANGED_CONCURRENTLY");
        assertThat(ok(tree.city.get(path)).get("workUnit").asString()).isEqualTo("昆山市张浦镇人民政府");

        // mobility: going mobile needs a GB/T 2260 region, and the standing stays beside it
        int current = patched.body().get("version").asInt();
        Api.Reply noRegion = tree.city.post(path + "/mobility", Map.of("region", "上海市", "version", current));
        assertThat(noRegion.status()).isEqualTo(400);
        assertThat(noRegion.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noRegion.body().get("errors").findValuesAsString("field")).containsExactly("region");
        Api.Reply mobile = tree.city.post(path + "/mobility", Map.of("region", "310115", "version", current,
                "city", "上海市", "unit", "上海华谊集团有限公司"));
        assertThat(mobile.status()).as(mobile.raw().body()).isEqualTo(200);
        assertThat(mobile.body().get("standing").asString()).isEqualTo("FULL");
        assertThat(mobile.body().get("mobile").get("city").asString()).isEqualTo("上海市");
        assertThat(ok(tree.city.get(path)).get("mobile").get("region").asString()).isEqualTo("310115");

        // history: each change, newest first, with who made it
        JsonNode history = ok(tree.city.get(path + "/history?size=50")).get("items");
        assertThat(history.findValuesAsString("field")).contains("workUnit", "partyGroup", "mobile");
        JsonNode statusLine = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> e.get("field").asString().equals("mobile")).findFirst().orElseThrow();
        assertThat(statusLine.get("oldValue").asString()).isEqualTo("false");
        assertThat(statusLine.get("newValue").asString()).isEqualTo("true");
        assertThat(statusLine.get("actorUsername").asString()).isEqualTo("admin");
        assertThat(tree.branchCAdmin.get(path + "/history").status()).as("outside branch C's scope").isEqualTo(404);

        // statistics: one more member, one more mobile member
        JsonNode statsAfter = ok(tree.city.get("/api/members/stats?orgId=" + tree.branchA));
        assertThat(statsAfter.get("orgId").asLong()).isEqualTo(tree.branchA);
        assertThat(statsAfter.get("total").asInt()).isEqualTo(statsBefore.get("total").asInt() + 1);
        assertThat(bucket(statsAfter.get("byMobility"), "MOBILE")).isEqualTo(bucket(statsBefore.get("byMobility"), "MOBILE") + 1);
        assertThat(bucket(statsAfter.get("byStanding"), "FULL")).as("standing and mobility counted apart")
                .isEqualTo(bucket(statsBefore.get("byStanding"), "FULL") + 1);
        Api.Reply foreignStats = tree.branchCAdmin.get("/api/members/stats?orgId=" + tree.branchA);
        assertThat(foreignStats.status()).isEqualTo(404);
        assertThat(foreignStats.code()).isEqualTo("ORG_NOT_FOUND");

        // the workbooks: the template's header, the roster masked, then in clear (and that is on record)
        HttpResponse<byte[]> template = tree.branchAAdmin.download("/api/members/import/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertXlsx(template);
        assertThat(Sheets.read(template.body()).get(0).values()).contains("姓名", "身份证号", "所在组织编码");

        String idNumber = ok(tree.city.post(path + "/unmask", Map.of("reason", "核对党员身份"))).get("idNumber").asString();
        HttpResponse<byte[]> masked = tree.city.download("/api/members/export?orgId=" + tree.branchA);
        assertThat(masked.statusCode()).isEqualTo(200);
        assertXlsx(masked);
        Map<Integer, String> row = rowOf(Sheets.read(masked.body()), "蒋丽华");
        assertThat(row.values()).doesNotContain(idNumber);
        assertThat(String.join("|", row.values().stream().map(String::valueOf).toList())).contains("****");
        HttpResponse<byte[]> clear = tree.city.download("/api/members/export?orgId=" + tree.branchA + "&unmasked=true");
        assertThat(clear.statusCode()).isEqualTo(200);
        assertXlsx(clear);
        assertThat(rowOf(Sheets.read(clear.body()), "蒋丽华").values()).contains(idNumber);
        HttpResponse<byte[]> foreignExport = tree.branchCAdmin.download("/api/members/export?orgId=" + tree.branchA);
        assertThat(foreignExport.statusCode()).isEqualTo(404);

        JsonNode reads = ok(tree.city.get("/api/members/audit/sensitive-reads?size=50")).get("items");
        assertThat(StreamSupport.stream(reads.spliterator(), false).anyMatch(e -> e.get("action").asString().equals("EXPORT_UNMASKED")
                && e.path("orgId").asLong() == tree.branchA && e.get("actorUsername").asString().equals("admin")))
                .as("the clear export is on record: %s", reads).isTrue();
        JsonNode unmasks = ok(tree.city.get("/api/members/audit/sensitive-reads?memberId=" + member)).get("items");
        assertThat(unmasks.findValuesAsString("action")).containsExactly("UNMASK");
        Api.Reply notAuditor = tree.branchAAdmin.get("/api/members/audit/sensitive-reads");
        assertThat(notAuditor.status()).as("a branch administrator does not read the audit").isEqualTo(403);
        assertThat(notAuditor.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    @Order(2)
    void aMemberSignsInSeesTheirRecordAndTransferAndKeepsTheirPhoneAndWhereabouts() {
        String phone = TransferTree.phone();
        long memberId = tree.member("许文静", LocalDate.of(1991, 10, 3), false, phone);
        MemberApp member = signIn(memberId, phone);

        Api.Reply adminsOwn = tree.city.get("/api/members/me");
        assertThat(adminsOwn.status()).as("an administrator has no record of their own").isEqualTo(404);
        assertThat(adminsOwn.code()).isEqualTo("MEMBER_NOT_FOUND");
        Api.Reply own = member.send("GET", "/api/members/me", null);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        assertThat(own.body().get("id").asLong()).isEqualTo(memberId);
        assertThat(own.body().get("name").asString()).isEqualTo("许文静");
        assertThat(own.body().get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));

        // branch A registers a transfer of the member to branch C: town 1 has it to approve, the member sees it
        Api.Reply registered = TransferTree.register(tree.branchAAdmin, TransferTree.inCity(memberId, tree.branchC));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        long id = registered.body().get("id").asLong();
        assertThat(ids(ok(member.send("GET", "/api/transfers/mine", null)))).containsExactly(id);
        assertThat(ok(tree.city.get("/api/transfers/mine")).get("total").asInt()).as("an administrator has no transfers").isZero();
        assertThat(ids(ok(tree.town1Admin.get("/api/transfers/pending?size=100")))).contains(id);
        assertThat(ids(ok(tree.town2Admin.get("/api/transfers/pending?size=100")))).as("town 2's step waits").doesNotContain(id);
        assertThat(ids(ok(tree.city.get("/api/transfers?orgId=" + tree.town1 + "&status=PENDING&kind=IN_CITY")))).containsExactly(id);
        assertThat(ids(ok(tree.city.get("/api/transfers?memberId=" + memberId)))).containsExactly(id);
        assertThat(ok(tree.city.get("/api/transfers/overdue?orgId=" + tree.town1)).get("total").asInt())
                .as("a step opened today is not overdue").isZero();

        // only the registering side cancels; once cancelled it stays so
        Api.Reply receiving = tree.branchCAdmin.post("/api/transfers/" + id + "/cancel", Map.of("comment", "不接收"));
        assertThat(receiving.status()).isEqualTo(403);
        assertThat(receiving.code()).isEqualTo("FORBIDDEN");
        String reason = "本人申请暂缓转出";
        Api.Reply cancelled = tree.branchAAdmin.post("/api/transfers/" + id + "/cancel", Map.of("comment", reason));
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        assertThat(TransferTree.status(cancelled.body())).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("outcomeComment").asString()).isEqualTo(reason);
        Api.Reply again = tree.branchAAdmin.post("/api/transfers/" + id + "/cancel", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("TRANSFER_NOT_OPEN");
        assertThat(ok(member.send("GET", "/api/transfers/mine", null)).get("items").get(0).get("status").asString())
                .isEqualTo("CANCELLED");
        // Not asserted: that the cancelled transfer leaves town 1's pending list. TransferClosing.cancel leaves its
        // approver step PENDING, so it stays there (reported as a service defect; see the report on issue 14).
        assertThat(ids(ok(tree.city.get("/api/transfers?orgId=" + tree.town1 + "&status=CANCELLED")))).containsExactly(id);
        JsonNode stats = ok(tree.city.get("/api/transfers/stats?orgId=" + tree.town1 + "&year=" + LocalDate.now(CHINA).getYear()));
        assertThat(stats.get("orgId").asLong()).isEqualTo(tree.town1);
        assertThat(stats.get("total").get("registered").asInt()).isEqualTo(1);
        assertThat(stats.get("total").get("cancelled").asInt()).isEqualTo(1);
        assertThat(stats.get("total").get("completed").asInt()).isZero();
        Api.Reply before1921 = tree.city.get("/api/transfers/stats?year=1900");
        assertThat(before1921.status()).isEqualTo(400);
        assertThat(before1921.body().get("errors").findValuesAsString("field")).containsExactly("year");

        // a new phone, proved by the code sent to it
        String newPhone = TransferTree.phone();
        Api.Reply asked = member.send("POST", "/api/members/me/phone/code", Map.of("phone", newPhone));
        assertThat(asked.status()).as(asked.raw().body()).isEqualTo(202);
        String code = Events.awaitOpened("dj.member.v1", "dj.member.phone-code-requested.v1",
                e -> e.get("memberId").asLong() == memberId && newPhone.equals(e.path("phone").asString()),
                Duration.ofSeconds(30)).get("code").asString();
        Api.Reply tooSoon = member.send("POST", "/api/members/me/phone/code", Map.of("phone", newPhone));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.code()).isEqualTo("MEMBER_PHONE_CODE_TOO_FREQUENT");
        Api.Reply wrong = member.send("POST", "/api/members/me/phone",
                Map.of("phone", newPhone, "code", code.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").findValuesAsString("field")).containsExactly("code");
        Api.Reply changed = member.send("POST", "/api/members/me/phone", Map.of("phone", newPhone, "code", code));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("phone").asString()).isEqualTo(newPhone.substring(0, 3) + "****" + newPhone.substring(7));
        assertThat(ok(tree.city.post("/api/members/" + memberId + "/unmask", Map.of("reason", "核对党员身份"))).get("phone").asString()).isEqualTo(newPhone);

        // gone to work in Shanghai: the branch records it, the member keeps the whereabouts up to date
        int version = ok(tree.city.get("/api/members/" + memberId)).get("version").asInt();
        Api.Reply mobile = tree.branchAAdmin.post("/api/members/" + memberId + "/mobility", Map.of("region", "310000",
                "version", version, "city", "上海市", "contact", "021-12345678"));
        assertThat(mobile.status()).as(mobile.raw().body()).isEqualTo(200);
        Api.Reply moved = member.send("PUT", "/api/members/me/mobile", Map.of("mobileCity", "苏州市", "mobileUnit", "苏州工业园区管委会"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        JsonNode whereabouts = ok(tree.branchAAdmin.get("/api/members/" + memberId)).get("mobile");
        assertThat(whereabouts.get("city").asString()).isEqualTo("苏州市");
        assertThat(whereabouts.get("unit").asString()).isEqualTo("苏州工业园区管委会");
        assertThat(whereabouts.path("contact").asString("")).as("a part left out is cleared").isEmpty();
        // through the session, which renews the 20-second test token: a bare token could expire on a slow machine (401)
        Api.Reply adminMoves = tree.city.call("PUT", "/api/members/me/mobile", Map.of("mobileCity", "北京市"));
        assertThat(adminMoves.status()).isEqualTo(404);
        assertThat(adminMoves.code()).isEqualTo("MEMBER_NOT_FOUND");
    }

    @Test
    @Order(3)
    void aBranchRecordsItsOrganisationalLifeWithAPhotoAndTheTownSeesItMet() throws IOException {
        long member = tree.member("陶建明", LocalDate.of(1979, 2, 11), true);
        LocalDate today = LocalDate.now(CHINA);
        Map<String, Object> meeting = Map.of("orgId", String.valueOf(tree.branchA), "type", "COMMITTEE_MEETING",
                "date", today.toString(), "topic", "研究发展党员工作", "place", "村党群服务中心",
                "attendance", List.of(Map.of("memberId", String.valueOf(member), "presence", "PRESENT")));
        Api.Reply[] recorded = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            recorded[0] = tree.branchAAdmin.post("/api/points/activities", meeting);
            return recorded[0].status() != 400 && recorded[0].status() != 404;
        });
        assertThat(recorded[0].status()).as(recorded[0].raw().body()).isEqualTo(201);
        long id = recorded[0].body().get("id").asLong();

        JsonNode one = ok(tree.town1Admin.get("/api/points/activities/" + id));
        assertThat(one.get("topic").asString()).isEqualTo("研究发展党员工作");
        assertThat(one.get("present").asInt()).isEqualTo(1);
        assertThat(one.get("attendance").findValues("memberId").stream().map(JsonNode::asLong)).containsExactly(member);
        assertThat(one.path("photos")).isEmpty();
        assertThat(ids(ok(tree.city.get("/api/points/activities?orgId=" + tree.town1 + "&type=COMMITTEE_MEETING&from="
                + today + "&to=" + today)))).containsExactly(id);
        assertThat(ok(tree.city.get("/api/points/activities?orgId=" + tree.town1 + "&type=THEME_DAY")).get("total").asInt()).isZero();
        Api.Reply foreign = tree.branchCAdmin.get("/api/points/activities/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("POINTS_ACTIVITY_NOT_FOUND");

        byte[] png = png(120, 90);
        Api.Reply photo = tree.branchAAdmin.upload("/api/points/activities/" + id + "/photos", "会议.png", "image/png", png);
        assertThat(photo.status()).as(photo.raw().body()).isEqualTo(201);
        String url = photo.body().get("url").asString();
        assertThat(url).startsWith("/api/points/activities/" + id + "/photos/");
        HttpResponse<byte[]> served = tree.town1Admin.download(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);
        assertThat(ok(tree.city.get("/api/points/activities/" + id)).get("photos").findValuesAsString("id"))
                .containsExactly(photo.body().get("id").asString());
        Api.Reply notImage = tree.branchAAdmin.upload("/api/points/activities/" + id + "/photos", "x.png", "image/png", "text".getBytes());
        assertThat(notImage.status()).isEqualTo(415);
        assertThat(notImage.code()).isEqualTo("UPLOAD_NOT_AN_IMAGE");

        JsonNode compliance = ok(tree.city.get("/api/points/compliance?orgId=" + tree.town1 + "&year=" + today.getYear()
                + "&month=" + today.getMonthValue()));
        assertThat(compliance.get("month").asString()).isEqualTo(YearMonth.from(today).toString());
        assertThat(compliance.get("branches").asInt()).isEqualTo(1);
        JsonNode branch = compliance.get("items").get(0);
        assertThat(branch.get("orgId").asLong()).isEqualTo(tree.branchA);
        JsonNode committee = StreamSupport.stream(branch.get("requirements").spliterator(), false)
                .filter(r -> r.get("type").asString().equals("COMMITTEE_MEETING")).findFirst().orElseThrow();
        // a branch with fewer than 7 full members has no committee: its committee meeting is not asked of it
        assertThat(committee.get("status").asString())
                .isEqualTo(branch.get("fullMembers").asInt() >= 7 ? "MET" : "NOT_APPLICABLE");
        assertThat(committee.get("held").asInt()).isEqualTo(1);

        // whether branch A shows rankings (off unless turned on): switched, read back
        boolean seen = ok(tree.branchAAdmin.get("/api/points/rankings/visibility?orgId=" + tree.branchA)).get("shown").asBoolean();
        Api.Reply set = tree.api.send("PUT", "/api/points/rankings/visibility",
                Map.of("orgId", String.valueOf(tree.branchA), "shown", !seen), tree.branchAAdmin.accessToken(), Map.of());
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.body().get("shown").asBoolean()).isEqualTo(!seen);
        JsonNode readBack = ok(tree.branchAAdmin.get("/api/points/rankings/visibility?orgId=" + tree.branchA));
        assertThat(readBack.get("orgId").asLong()).isEqualTo(tree.branchA);
        assertThat(readBack.get("shown").asBoolean()).isEqualTo(!seen);
        assertThat(tree.branchCAdmin.get("/api/points/rankings/visibility?orgId=" + tree.branchA).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void duesArePaidAndReducedAndTheWatchFlagsAMemberWhoPaidNothingLastYear() {
        long member = tree.member("钟国平", LocalDate.of(1970, 7, 7), true);
        LocalDate today = LocalDate.now(CHINA);
        YearMonth month = YearMonth.from(today);
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            int y = year;
            Api.Reply[] base = new Api.Reply[1];
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                base[0] = tree.branchAAdmin.post("/api/points/dues/bases", Map.of("memberId", String.valueOf(member),
                        "year", y, "group", "EMPLOYED", "base", new BigDecimal("3000.00")));
                return base[0].status() != 404;
            });
            assertThat(base[0].status()).as(base[0].raw().body()).isEqualTo(201);
        }

        Map<String, Object> payment = Map.of("memberId", String.valueOf(member), "months", List.of(month.toString()),
                "amount", new BigDecimal("15.00"), "paidOn", today.toString());
        Api.Reply paid = tree.branchAAdmin.post("/api/points/dues/payments", payment);
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
        assertThat(paid.body().get("months").get(0).get("month").asString()).isEqualTo(month.toString());
        assertThat(paid.body().get("months").get(0).get("onTime").asBoolean()).isTrue();
        Api.Reply twice = tree.branchAAdmin.post("/api/points/dues/payments", payment);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("POINTS_DUES_MONTH_PAID");
        JsonNode summary = ok(tree.town1Admin.get("/api/points/dues?orgId=" + tree.branchA + "&month=" + month));
        assertThat(summary.get("month").asString()).isEqualTo(month.toString());
        JsonNode line = StreamSupport.stream(summary.get("members").spliterator(), false)
                .filter(m -> m.get("memberId").asLong() == member).findFirst().orElseThrow();
        assertThat(line.get("due").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(line.get("paid").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(line.get("outstanding").decimalValue()).isEqualByComparingTo("0");

        Map<String, Object> reduction = Map.of("memberId", String.valueOf(member), "year", today.getYear() + 1,
                "fromMonth", 1, "toMonth", 6, "monthlyAmount", new BigDecimal("5.00"), "reason", "因病长期住院，家庭经济困难",
                "approvedBy", "张浦一村党支部支部委员会", "approvedOn", today.toString());
        Api.Reply reduced = tree.branchAAdmin.post("/api/points/dues/reductions", reduction);
        assertThat(reduced.status()).as(reduced.raw().body()).isEqualTo(201);
        assertThat(reduced.body().get("monthlyAmount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(reduced.body().get("toMonth").asInt()).isEqualTo(6);
        Api.Reply overlapping = tree.branchAAdmin.post("/api/points/dues/reductions", reduction);
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.code()).isEqualTo("POINTS_DUES_REDUCTION_OVERLAPS");

        // nothing paid from January last year to last month: the watch flags it for the branch to act on
        Api.Reply notCity = tree.branchAAdmin.post("/api/points/warnings/run", Map.of());
        assertThat(notCity.status()).isEqualTo(403);
        Api.Reply run = tree.city.post("/api/points/warnings/run", Map.of());
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        assertThat(run.body().get("date").asString()).isEqualTo(today.toString());
        assertThat(run.body().get("open").asInt()).isPositive();
        JsonNode warnings = ok(tree.town1Admin.get("/api/points/warnings?orgId=" + tree.branchA + "&kind=DUES_UNPAID"));
        JsonNode flagged = StreamSupport.stream(warnings.get("items").spliterator(), false)
                .filter(w -> w.get("memberId").asLong() == member).findFirst().orElseThrow();
        assertThat(flagged.get("kind").asString()).isEqualTo("DUES_UNPAID");
        assertThat(flagged.get("level").asString()).isEqualTo("FLAG");
        assertThat(flagged.get("months").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(flagged.get("since").asString()).isEqualTo(LocalDate.of(today.getYear() - 1, 1, 1).toString());
        assertThat(ok(tree.town1Admin.get("/api/points/warnings?orgId=" + tree.branchA + "&kind=NO_ORG_LIFE")).get("items")
                .findValues("memberId").stream().map(JsonNode::asLong)).as("recorded only today").doesNotContain(member);
        assertThat(tree.branchCAdmin.get("/api/points/warnings?orgId=" + tree.branchA).status()).isEqualTo(404);
    }

    /** The mini-program: a member's tokens, renewed when the access token runs out. */
    private final class MemberApp {
        private String access;
        private String refresh;

        MemberApp(JsonNode tokens) {
            access = tokens.get("accessToken").asString();
            refresh = tokens.get("refreshToken").asString();
        }

        Api.Reply send(String method, String path, Object body) {
            Api.Reply reply = tree.api.send(method, path, body, access, Map.of());
            if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code())) {
                Api.Reply renewed = tree.api.send("POST", "/api/auth/refresh", Map.of("refreshToken", refresh), null, Map.of());
                assertThat(renewed.status()).as(renewed.raw().body()).isEqualTo(200);
                access = renewed.body().get("accessToken").asString();
                refresh = renewed.body().get("refreshToken").asString();
                reply = tree.api.send(method, path, body, access, Map.of());
            }
            return reply;
        }
    }

    /** Signs the member in by SMS code, as MemberLoginE2eTest does, once org-service opened the account. */
    private MemberApp signIn(long memberId, String phone) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                tree.city.get("/api/auth/audit?username=m" + memberId + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        Api.Reply requested = tree.api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of());
        assertThat(requested.status()).isEqualTo(202);
        String code = Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30)).get("code").asString();
        Api.Reply signedIn = tree.api.send("POST", "/api/auth/sms-login", Map.of("phone", phone, "code", code), null, Map.of());
        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        return new MemberApp(signedIn.body());
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().uri() + ": " + reply.raw().body()).isEqualTo(200);
        return reply.body();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static int bucket(JsonNode buckets, String key) {
        return StreamSupport.stream(buckets.spliterator(), false).filter(b -> b.get("key").asString().equals(key))
                .mapToInt(b -> b.get("count").asInt()).findFirst().orElse(0);
    }

    private static void assertXlsx(HttpResponse<byte[]> download) {
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Sheets.XLSX));
        assertThat(download.body()).as("a zip container, as every .xlsx is").startsWith((byte) 'P', (byte) 'K');
    }

    private static Map<Integer, String> rowOf(List<Map<Integer, String>> rows, String name) {
        return rows.stream().filter(r -> r.containsValue(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + rows));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
