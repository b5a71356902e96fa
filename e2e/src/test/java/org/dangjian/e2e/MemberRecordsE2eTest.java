package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A town's members as its organisation department handles them: imported from a spreadsheet (a bad
 * file applies nothing and names every bad row), seen only within scope, masked unless unmasked on
 * record, moved by a completed transfer, and greeted on their political birthday exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberRecordsE2eTest {
    private static final List<String> HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历",
            "所在组织编码", "人员类别", "入党日期", "转正日期");
    private static final String STRONG = "Branch-Admin-Passw0rd";

    private final Api api = new Api(Platform.get().gateway());
    private Api.Session city;
    private String p;
    private long branchA;
    private long branchB;
    private final Map<String, Long> ids = new HashMap<>();

    @BeforeAll
    void tree() {
        city = api.login("admin", Platform.ADMIN_PASSWORD);
        p = "320583-M" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        List<List<Object>> orgs = List.of(
                List.of(p, "周庄镇党委", "", "党委", "区镇"),
                List.of(p + "-A", "富贵村党支部", p, "党支部", "村"),
                List.of(p + "-B", "祁浜村党支部", p, "党支部", "村"));
        Api.Reply imported = city.upload("/api/orgs/import", "orgs.xlsx", Sheets.XLSX,
                Sheets.xlsx("组织", List.of("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别"), orgs));
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        JsonNode found = city.get("/api/orgs?q=" + p + "&size=10").body().get("items");
        for (JsonNode org : found) {
            if (org.get("code").asString().equals(p + "-A")) {
                branchA = org.get("id").asLong();
            } else if (org.get("code").asString().equals(p + "-B")) {
                branchB = org.get("id").asLong();
            }
        }
        assertThat(branchA).isPositive();
        assertThat(branchB).isPositive();
    }

    @Test
    @Order(1)
    void aFileWithTwoBadRowsAppliesNothingAndNamesBothThenTheCorrectedFileApplies() {
        List<List<Object>> rows = members();
        List<List<Object>> bad = new ArrayList<>(rows);
        String id = (String) rows.get(1).get(4);
        bad.set(1, with(rows.get(1), 4, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'))); // check digit
        bad.set(3, with(rows.get(3), 7, p + "-NOPE")); // no such organisation
        // member-service learns the new branches from org-service's events a moment after the org import.
        Api.Reply[] rejected = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            rejected[0] = city.upload("/api/members/import", "members.xlsx", Sheets.XLSX, Sheets.xlsx("党员", HEADER, bad));
            return rejected[0].status() == 400 && rejected[0].body().get("rows").size() == 2;
        });
        assertThat(rejected[0].code()).isEqualTo("MEMBER_IMPORT_REJECTED");
        assertThat(rejected[0].body().get("rows").findValues("row").stream().map(JsonNode::asInt))
                .as("the second and fourth data rows, under the header").containsExactlyInAnyOrder(3, 5);
        assertThat(rejected[0].body().get("rows").findValuesAsString("column")).containsExactlyInAnyOrder("身份证号", "所在组织编码");
        assertThat(list("/api/members?orgId=" + branchA).get("total").asInt()).as("nothing applied").isZero();

        Api.Reply applied = city.upload("/api/members/import", "members.xlsx", Sheets.XLSX, Sheets.xlsx("党员", HEADER, rows));
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        assertThat(applied.body().get("imported").asInt()).isEqualTo(5);
        for (JsonNode m : list("/api/members?orgId=" + branchA).get("items")) {
            ids.put(m.get("name").asString(), m.get("id").asLong());
        }
        for (JsonNode m : list("/api/members?orgId=" + branchB).get("items")) {
            ids.put(m.get("name").asString(), m.get("id").asLong());
        }
        assertThat(ids).containsOnlyKeys("钱建国", "孙秀英", "周卫东", "吴小梅", "郑立新");
    }

    @Test
    @Order(2)
    void aBranchAdministratorSeesOnlyTheBranchAndNumbersStayMaskedUntilUnmaskedOnRecord() {
        assertThat(city.post("/api/auth/accounts", Map.of("username", "sec-" + p.toLowerCase(), "password", STRONG,
                "orgId", String.valueOf(branchA), "roles", List.of("ORG_ADMIN"))).status()).isEqualTo(201);
        Api.Session secretary = api.firstLogin("sec-" + p.toLowerCase(), STRONG, STRONG + "-new");

        JsonNode mine = secretary.get("/api/members?size=50").body();
        assertThat(mine.get("items").findValuesAsString("name")).containsExactlyInAnyOrder("钱建国", "孙秀英", "周卫东");
        Api.Reply other = secretary.get("/api/members/" + ids.get("吴小梅"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("MEMBER_NOT_FOUND");
        assertThat(secretary.get("/api/members?orgId=" + branchB).status()).isEqualTo(404);

        long qian = ids.get("钱建国");
        JsonNode shown = secretary.get("/api/members/" + qian).body();
        assertThat(shown.get("idNumber").asString()).matches("\\d{4}\\*+\\d{3}[\\dX]").doesNotContain("1975");
        assertThat(shown.get("phone").asString()).matches("\\d{3}\\*{4}\\d{4}");

        Api.Reply clear = secretary.post("/api/members/" + qian + "/unmask", Map.of("reason", "核对党员身份"));
        assertThat(clear.status()).as(clear.raw().body()).isEqualTo(200);
        assertThat(clear.body().get("idNumber").asString()).isEqualTo(members().get(0).get(4));
        assertThat(clear.body().get("phone").asString()).isEqualTo(members().get(0).get(5));
        assertThat(clear.header("Cache-Control")).contains("no-store");
        assertThat(secretary.post("/api/members/" + ids.get("吴小梅") + "/unmask", Map.of("reason", "核对党员身份")).status()).isEqualTo(404);

        JsonNode audit = city.get("/api/members/audit/sensitive-reads?memberId=" + qian).body();
        assertThat(audit.get("items")).isNotEmpty();
        assertThat(audit.get("items").get(0).toString()).contains("UNMASK").contains("sec-" + p.toLowerCase());
    }

    @Test
    @Order(3)
    void aCompletedTransferMovesTheMemberToTheNewBranch() {
        long zhou = ids.get("周卫东");
        JsonNode branches = city.get("/api/orgs/" + branchB).body();
        JsonNode from = city.get("/api/orgs/" + branchA).body();
        Map<String, Object> completed = new HashMap<>();
        completed.put("transferId", ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));
        completed.put("memberId", zhou);
        completed.put("kind", "IN_CITY");
        completed.put("fromOrgId", branchA);
        completed.put("fromOrgPath", from.get("path").asString());
        completed.put("toOrgId", branchB);
        completed.put("toOrgPath", branches.get("path").asString());
        completed.put("externalOrg", null);
        completed.put("completedAt", Instant.now().toString());
        Events.publish("dj.transfer.v1", completed.get("transferId").toString(), "dj.transfer.completed.v1", completed);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                city.get("/api/members/" + zhou).body().get("orgId").asLong() == branchB);
        assertThat(list("/api/members?orgId=" + branchB).get("items").findValuesAsString("name")).contains("周卫东");
        JsonNode relocated = Events.await("dj.member.v1", "dj.member.relocated.v1",
                e -> e.get("memberId").asLong() == zhou, Duration.ofSeconds(30));
        assertThat(relocated.get("toOrgId").asLong()).isEqualTo(branchB);
    }

    @Test
    @Order(4)
    void aPoliticalBirthdayRunGreetsTheRightMembersOnce() {
        // 28 February 2025: 钱建国 (admitted 29 Feb 2000, a leap day) and 孙秀英 (28 Feb 2004) have their
        // anniversaries; 郑立新 was admitted on 28 Feb 2025 itself, 周卫东 and 吴小梅 on other days.
        Api.Reply first = city.post("/api/members/political-birthdays/run?date=2025-02-28", Map.of());
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        List<Long> ours = List.copyOf(ids.values());
        List<JsonNode> greetings = Events.collect("dj.member.v1", "dj.member.political-birthday.v1",
                e -> ours.contains(e.get("memberId").asLong()), Duration.ofSeconds(8));
        assertThat(greetings).extracting(e -> e.get("name").asString()).containsExactlyInAnyOrder("钱建国", "孙秀英");
        assertThat(greetings).filteredOn(e -> e.get("name").asString().equals("钱建国"))
                .extracting(e -> e.get("years").asInt()).containsExactly(25);

        Api.Reply again = city.post("/api/members/political-birthdays/run?date=2025-02-28", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("emitted").asInt()).as("the second run of the day sends nothing").isZero();
        assertThat(Events.collect("dj.member.v1", "dj.member.political-birthday.v1",
                e -> ours.contains(e.get("memberId").asLong()), Duration.ofSeconds(5))).hasSize(2);
    }

    private JsonNode list(String path) {
        Api.Reply reply = city.get(path + (path.contains("?") ? "&" : "?") + "size=50");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.body();
    }

    /** Five members: three in branch A, two in branch B. The same people on every call. */
    private List<List<Object>> members() {
        return List.of(
                row("钱建国", "男", LocalDate.of(1975, 4, 3), 11, "13912340001", "大学本科", "-A", "正式党员", "2000-02-29", "2001-03-01"),
                row("孙秀英", "女", LocalDate.of(1980, 8, 9), 12, "13912340002", "大学专科", "-A", "正式党员", "2004-02-28", "2005-03-01"),
                row("周卫东", "男", LocalDate.of(1969, 1, 20), 13, "13912340003", "高中", "-A", "正式党员", "1995-07-01", "1996-07-01"),
                row("吴小梅", "女", LocalDate.of(1990, 12, 1), 14, "13912340004", "研究生", "-B", "正式党员", "2015-06-30", "2016-07-01"),
                row("郑立新", "男", LocalDate.of(1998, 5, 5), 15, "13912340005", "大学本科", "-B", "预备党员", "2025-02-28", ""));
    }

    private List<Object> row(String name, String gender, LocalDate birth, int seq, String phone, String education,
                             String branch, String category, String joined, String full) {
        int salt = Math.abs(p.hashCode()) % 20;
        String id = org.dangjian.kit.identity.ResidentIdNumbers.of("320583", birth, "男".equals(gender), seq * 20 + salt);
        String uniquePhone = phone.substring(0, 5) + String.format("%06d", (Math.abs(p.hashCode()) + seq) % 1_000_000);
        return List.of(name, gender, "汉族", birth.toString(), id, uniquePhone, education, p + branch, category, joined, full);
    }

    private static List<Object> with(List<Object> row, int column, Object value) {
        List<Object> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }
}
