package org.dangjian.member.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.member.excel.MemberXlsx.member;
import static org.dangjian.member.excel.MemberXlsx.newIdNumber;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class MemberImportApiTest extends TreeApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    String codeA;
    String codeB;
    String codeC;
    String codeTown1;

    /** Import files name organisations by code: the tree's codes, new per test since they are unique city-wide. */
    @BeforeEach
    void codes() {
        codeTown1 = codeOf(town1);
        codeA = codeOf(branchA);
        codeB = codeOf(branchB);
        codeC = codeOf(branchC);
    }

    @Test
    void theTemplateHasTheHeaderInOrderAValidExampleAndTheAllowedValues() {
        MvcTestResult template = mvc.get().uri("/api/members/import/template").header(HttpHeaders.AUTHORIZATION, bearer(cityAdmin))
                .exchange();
        assertThat(template).hasStatusOk().hasContentType(XLSX);
        assertThat(template.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        List<List<String>> sheet = MemberXlsx.read(bytes(template), 0);
        assertThat(sheet.get(0)).containsExactly("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历", "所在组织编码",
                "人员类别", "入党日期", "转正日期", "籍贯", "学位", "工作岗位", "工作单位", "党小组", "备注", "流动党员", "学历类型",
                "籍贯名称");
        assertThat(sheet).hasSize(2);
        String exampleId = sheet.get(1).get(4);
        assertThat(exampleId).startsWith("320583");
        assertThat(ResidentIdNumbers.isValid(exampleId)).isTrue();
        assertThat(ResidentIdNumbers.birthDate(exampleId)).contains(LocalDate.parse(sheet.get(1).get(3)));

        List<List<String>> allowed = MemberXlsx.read(bytes(template), 1);
        assertThat(allowed.get(0)).containsExactly("性别", "民族", "学历", "学历类型", "工作岗位", "人员类别", "流动党员", "学位",
                "填写说明");
        List<String> values = allowed.stream().flatMap(List::stream).toList();
        assertThat(values).contains("男", "女", "汉族", "基诺族", "大学本科毕业", "小学教育", "预备党员", "正式党员", "是", "否");
        assertThat(column(allowed, 5)).as("人员类别 is the standing only").doesNotContain("流动党员");
        assertThat(upload(cityAdmin, MemberXlsx.of(sheet.get(0), List.of(
                withOrg(new ArrayList<Object>(sheet.get(1)), codeA))), null)).as("the example row imports").hasStatusOk();
    }

    @Test
    void templateListsAllowedValuesFromTheCodeTables() {
        byte[] template = bytes(mvc.get().uri("/api/members/import/template")
                .header(HttpHeaders.AUTHORIZATION, bearer(cityAdmin)).exchange());
        List<List<String>> allowed = MemberXlsx.read(template, 1);
        assertThat(column(allowed, 0)).containsExactly("男", "女");
        assertThat(column(allowed, 1)).isEqualTo(CodeTables.ethnicities().labels())
                .contains("其他", "外国血统中国籍人士");
        assertThat(column(allowed, 2)).isEqualTo(CodeTables.education().labels()).contains("小学教育");
        assertThat(column(allowed, 3)).containsExactly("全日制教育", "在职教育");
        assertThat(column(allowed, 4)).isEqualTo(CodeTables.occupations().labels());
        List<List<String>> regions = MemberXlsx.read(template, 2);
        assertThat(regions.get(0)).containsExactly("代码", "名称", "全称");
        assertThat(regions).hasSize(Regions.all().size() + 1)
                .anySatisfy(r -> assertThat(r).containsExactly("320583", "昆山市", "江苏省苏州市昆山市"));
    }

    @Test
    void exportsWriteSexAsGbT2261Code() {
        List<Object> man = member("男一", newIdNumber(true), codeC);
        man.set(1, "1");
        List<Object> woman = member("女一", newIdNumber(false), codeC);
        woman.set(11, "320583");
        assertThat(upload(cityAdmin, MemberXlsx.of(List.of(man, woman)), null)).as("sex taken as code or word").hasStatusOk();
        List<List<String>> rows = MemberXlsx.read(bytes(export(cityAdmin, "?orgId=" + branchC)), 0);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(11) + " " + r.get(19))
                .containsExactlyInAnyOrder("男一 1 320583 江苏省苏州市昆山市", "女一 2 320583 江苏省苏州市昆山市");
    }

    @Test
    void codedCellsTakeTheCodeOrTheKitsNameAndRefuseAnythingElse() {
        List<Object> byName = member("名称甲", newIdNumber(true), codeA);
        List<Object> byCode = member("代码乙", newIdNumber(false), codeA);
        byCode.set(2, "98");
        byCode.set(6, "80");
        byCode.set(13, "05");
        byCode.set(18, "在职教育");
        List<Object> ambiguous = member("歧义丙", newIdNumber(true), codeA);
        ambiguous.set(11, "朝阳区");
        ambiguous.set(13, "教师");
        MvcTestResult refused = upload(cityAdmin, MemberXlsx.of(List.of(byName, byCode, ambiguous)), null);
        assertThat(refused).hasStatus(400);
        assertThat(problems(body(refused))).containsExactly("4 籍贯 MEMBER_IMPORT_NATIVE_PLACE_INVALID",
                "4 工作岗位 MEMBER_IMPORT_OCCUPATION_INVALID");
        assertThat(upload(cityAdmin, MemberXlsx.of(List.of(byName, byCode)), null)).hasStatusOk();
        assertThat(jdbc.queryForMap("SELECT ethnicity, education, education_mode, native_place, occupation FROM member"
                + " WHERE name = '名称甲'")).containsEntry("ethnicity", "01").containsEntry("education", "21")
                .containsEntry("education_mode", "FULL_TIME").containsEntry("native_place", "320583")
                .containsEntry("occupation", "03");
        assertThat(jdbc.queryForMap("SELECT ethnicity, education, education_mode, occupation FROM member"
                + " WHERE name = '代码乙'")).containsEntry("ethnicity", "98").containsEntry("education", "80")
                .containsEntry("education_mode", "IN_SERVICE").containsEntry("occupation", "05");
        Long imported = jdbc.queryForObject("SELECT id FROM member WHERE name = '代码乙'", Long.class);
        assertThat(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE aggregate_id = ?"
                + " AND event_type = 'dj.member.registered.v2'", String.class, String.valueOf(imported)))
                .as("imported members' events carry the codes too").contains("\"occupation\":\"05\"", "\"education\":\"80\"");
    }

    @Test
    void theImportTakesTheStandingAndAMobileColumnApart() {
        String mobileId = newIdNumber(false);
        List<Object> mobile = member("流动甲", mobileId, codeA);
        mobile.set(8, "预备党员");
        mobile.set(10, null);
        mobile.set(17, "是");
        List<Object> oldCategory = member("旧类别", newIdNumber(true), codeA);
        oldCategory.set(8, "流动党员");
        List<Object> badFlag = member("错标记", newIdNumber(true), codeA);
        badFlag.set(17, "也许");
        MvcTestResult refused = upload(cityAdmin, MemberXlsx.of(List.of(mobile, oldCategory, badFlag)), null);
        assertThat(refused).hasStatus(400);
        assertThat(problems(body(refused))).containsExactly("3 人员类别 MEMBER_IMPORT_STATUS_INVALID",
                "4 流动党员 MEMBER_IMPORT_MOBILE_INVALID");

        assertThat(upload(cityAdmin, MemberXlsx.of(List.of(mobile)), null)).hasStatusOk();
        assertThat(jdbc.queryForMap("SELECT standing, state, mobile FROM member WHERE name = '流动甲' AND org_id = ?", branchA))
                .containsEntry("standing", "PROBATIONARY").containsEntry("state", "ACTIVE").containsEntry("mobile", true);
        List<List<String>> exported = MemberXlsx.read(bytes(export(cityAdmin, "?orgId=" + branchA)), 0);
        assertThat(exported.stream().filter(r -> r.get(0).equals("流动甲")).findFirst().orElseThrow())
                .containsSubsequence("预备党员", "是");

        List<String> before = MemberXlsx.HEADER.subList(0, 17);
        List<Object> withoutTheColumn = new ArrayList<>(member("旧文件", newIdNumber(true), codeA).subList(0, 17));
        assertThat(upload(cityAdmin, MemberXlsx.of(before, List.of(withoutTheColumn)), null))
                .as("a file from before the column imports, nobody mobile").hasStatusOk();
    }

    @Test
    void everyBadRowIsReportedAndNothingIsAppliedThenTheCorrectedFileImportsOnceOnly() {
        String id1 = newIdNumber(true);
        String id2 = newIdNumber(false);
        String id3 = newIdNumber(true);
        String badCheckDigit = withWrongCheckDigit(newIdNumber(false));
        List<List<Object>> rows = List.of(
                member("张一", id1, codeA),
                member("李二", badCheckDigit, codeA),
                member("王三", id2, "NO-SUCH-ORG"),
                member("赵四", id3, codeB),
                member("张一", id1, codeB));
        MvcTestResult refused = upload(cityAdmin, MemberXlsx.of(rows), null);
        assertThat(refused).hasStatus(400);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("MEMBER_IMPORT_REJECTED");
        assertThat(problems(problem)).containsExactly(
                "2 身份证号 MEMBER_IMPORT_ID_DUPLICATE",
                "3 身份证号 MEMBER_ID_NUMBER_INVALID",
                "4 所在组织编码 MEMBER_IMPORT_ORG_UNKNOWN",
                "6 身份证号 MEMBER_IMPORT_ID_DUPLICATE");
        assertThat(problem.get("rows").get(0).get("message").asString()).contains("6");
        assertThat(membersIn(branchA, branchB)).isZero();

        List<List<Object>> corrected = new ArrayList<>(List.of(
                member("张一", id1, codeA),
                member("李二", newIdNumber(false), codeA),
                member("王三", id2, codeB),
                member("赵四", id3, codeB)));
        // A date typed into a date cell, as Excel users do, reads as well as the text form.
        corrected.get(3).set(9, LocalDate.parse((String) corrected.get(3).get(9)));
        assertThat(statsTotal(branchB)).isZero();
        MvcTestResult imported = upload(cityAdmin, MemberXlsx.of(corrected), null);
        assertThat(imported).hasStatusOk();
        assertThat(body(imported).get("imported").asInt()).isEqualTo(4);
        assertThat(membersIn(branchA, branchB)).isEqualTo(4);
        assertThat(statsTotal(branchB)).as("statistics cached before the import follow it").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE org_id = ? AND party_group = '第一党小组'"
                + " AND education = '21' AND degree = 'BACHELOR' AND standing = 'FULL' AND state = 'ACTIVE'", Integer.class, branchB)).isEqualTo(2);
        // One member.registered per member, relayed to Kafka after the commit.
        List<String> memberIds = jdbc.queryForList("SELECT id FROM member WHERE org_id IN (?, ?)", Long.class, branchA, branchB)
                .stream().map(String::valueOf).toList();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT aggregate_id FROM dj_outbox WHERE event_type = 'dj.member.registered.v2' AND sent_at IS NOT NULL"
                        + " ORDER BY id DESC LIMIT 50", String.class)).containsAll(memberIds));

        MvcTestResult again = upload(cityAdmin, MemberXlsx.of(corrected), null);
        assertThat(again).hasStatus(400);
        assertThat(problems(body(again))).containsExactly("2 身份证号 MEMBER_ID_NUMBER_EXISTS", "3 身份证号 MEMBER_ID_NUMBER_EXISTS",
                "4 身份证号 MEMBER_ID_NUMBER_EXISTS", "5 身份证号 MEMBER_ID_NUMBER_EXISTS");
        assertThat(membersIn(branchA, branchB)).isEqualTo(4);
    }

    @Test
    void aClientAskingForAWorkbookGetsTheRowsBackWithAnErrorColumn() {
        List<Object> bad = member("钱五", newIdNumber(true), codeA);
        bad.set(1, "未知");
        bad.set(8, "积极分子");
        byte[] file = MemberXlsx.of(List.of(member("孙六", newIdNumber(false), codeA), bad));
        MvcTestResult refused = upload(cityAdmin, file, XLSX);
        assertThat(refused).hasStatus(400).hasContentType(XLSX);
        List<List<String>> sheet = MemberXlsx.read(bytes(refused), 0);
        assertThat(sheet.get(0)).last().isEqualTo("错误原因");
        int errors = MemberSheet.LAYOUT.columns().size();
        assertThat(sheet.get(0)).hasSize(errors + 1);
        assertThat(sheet.get(1).get(0)).isEqualTo("孙六");
        assertThat(sheet.get(1).size() <= errors || sheet.get(1).get(errors) == null).isTrue();
        assertThat(sheet.get(2).get(errors)).contains("性别：性别“未知”无效").contains("人员类别：人员类别“积极分子”无效");
        assertThat(membersIn(branchA, branchA)).isZero();
    }

    @Test
    void anIdNumberHeldOutsideTheImportersSubtreeIsReportedWithoutSayingAMemberHasItAndAudited() {
        String elsewhere = newIdNumber(true);
        String inTown2 = newIdNumber(false);
        assertThat(upload(cityAdmin, MemberXlsx.of(List.of(member("何一", elsewhere, codeA), member("何二", inTown2, codeC))),
                null)).hasStatusOk();
        long holder = jdbc.queryForObject("SELECT id FROM member WHERE org_id = ? AND name = '何一'", Long.class, branchA);
        String adminTown2 = TestTokens.orgAdmin(96, town2, "/" + root + "/" + town2 + "/");

        MvcTestResult refused = upload(adminTown2, MemberXlsx.of(List.of(member("何一", elsewhere, codeC),
                member("何二", inTown2, codeC))), null);

        assertThat(refused).hasStatus(400);
        assertThat(problems(body(refused))).containsExactly("2 身份证号 MEMBER_ID_NUMBER_NOT_ACCEPTED",
                "3 身份证号 MEMBER_ID_NUMBER_EXISTS");
        assertThat(jdbc.queryForList("SELECT detail FROM sensitive_read_audit WHERE subject_id = ?"
                + " AND action = 'ID_NUMBER_HELD_ELSEWHERE' AND actor_id = 96", String.class, holder)).containsExactly("IMPORT");
    }

    @Test
    void aBranchAdminImportsOnlyIntoItsOwnSubtree() {
        String adminTown2 = TestTokens.orgAdmin(91, town2, "/" + root + "/" + town2 + "/");
        byte[] file = MemberXlsx.of(List.of(member("周七", newIdNumber(true), codeC), member("吴八", newIdNumber(false), codeA),
                member("郑九", newIdNumber(true), codeTown1)));
        MvcTestResult refused = upload(adminTown2, file, null);
        assertThat(refused).hasStatus(400);
        // Another town's branch and another town reads exactly like a code that does not exist.
        assertThat(problems(body(refused))).containsExactly("3 所在组织编码 MEMBER_IMPORT_ORG_UNKNOWN",
                "4 所在组织编码 MEMBER_IMPORT_ORG_UNKNOWN");
        assertThat(membersIn(branchC, branchA)).isZero();

        MvcTestResult cityAdminIntoTown = upload(cityAdmin, MemberXlsx.of(List.of(member("郑九", newIdNumber(true), codeTown1))), null);
        assertThat(problems(body(cityAdminIntoTown))).containsExactly("2 所在组织编码 ORG_DOES_NOT_HOLD_MEMBERS");

        String auditor = TestTokens.token(92, "auditor", root, "/" + root + "/", List.of("AUDITOR"), null, Duration.ofMinutes(5));
        assertThat(upload(auditor, file, null)).hasStatus(403);
        assertThat(upload(auditor, "not even a workbook".getBytes(StandardCharsets.UTF_8), null)).hasStatus(403);
        String member = TestTokens.token(95, "member", branchA, "/" + root + "/" + town1 + "/" + branchA + "/", List.of("MEMBER"),
                95L, Duration.ofMinutes(5));
        assertThat(upload(member, file, null)).hasStatus(403);
        assertThat(export(member, "")).hasStatus(403);
    }

    @Test
    void aFileWithTheWrongHeaderOrNoWorkbookIsRefusedAsAWhole() {
        List<String> swapped = new ArrayList<>(MemberXlsx.HEADER);
        swapped.set(0, "性别");
        swapped.set(1, "姓名");
        MvcTestResult header = upload(cityAdmin, MemberXlsx.of(swapped, List.of(member("甲", newIdNumber(true), codeA))), null);
        assertThat(header).hasStatus(400);
        assertThat(body(header).get("code").asString()).isEqualTo("MEMBER_IMPORT_HEADER_INVALID");
        MvcTestResult csv = upload(cityAdmin, "姓名,性别\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(body(csv).get("code").asString()).isEqualTo("MEMBER_IMPORT_NOT_XLSX");
    }

    @Test
    void theExportIsMaskedUnlessAnAdministratorAsksForClearNumbersWhichIsAudited() {
        String id = newIdNumber(true);
        assertThat(upload(cityAdmin, MemberXlsx.of(List.of(member("冯十", id, codeA), member("陈一", newIdNumber(false), codeB))),
                null)).hasStatusOk();

        MvcTestResult masked = export(cityAdmin, "?orgId=" + town1);
        assertThat(masked).hasStatusOk().hasContentType(XLSX);
        List<List<String>> rows = MemberXlsx.read(bytes(masked), 0);
        assertThat(rows.get(0)).isEqualTo(MemberSheet.LAYOUT.columns());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(4)).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14)).doesNotContain(id.substring(6, 14));
        assertThat(rows.get(1).get(5)).contains("****");

        int auditedBefore = audited(town1, true);
        MvcTestResult clear = export(cityAdmin, "?orgId=" + town1 + "&unmasked=true");
        assertThat(clear).hasStatusOk();
        assertThat(MemberXlsx.read(bytes(clear), 0).get(1).get(4)).isEqualTo(id);
        assertThat(audited(town1, true)).isEqualTo(auditedBefore + 1);
        assertThat(jdbc.queryForObject("SELECT detail FROM sensitive_read_audit WHERE org_id = ? AND allowed ORDER BY id DESC LIMIT 1",
                String.class, town1)).isEqualTo("2 members");

        String auditor = TestTokens.token(93, "auditor", root, "/" + root + "/", List.of("AUDITOR"), null, Duration.ofMinutes(5));
        assertThat(export(auditor, "?orgId=" + town1)).hasStatusOk();
        MvcTestResult refused = export(auditor, "?orgId=" + town1 + "&unmasked=true");
        assertThat(refused).hasStatus(403);
        assertThat(body(refused).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(audited(town1, false)).isEqualTo(1);

        // The log of sensitive reads shows the export to auditors of the subtree exported, and to no one beyond it.
        String town1Auditor = TestTokens.token(95, "auditor-t1", town1, "/" + root + "/" + town1 + "/", List.of("AUDITOR"),
                null, Duration.ofMinutes(5));
        String town2Auditor = TestTokens.token(96, "auditor-t2", town2, "/" + root + "/" + town2 + "/", List.of("AUDITOR"),
                null, Duration.ofMinutes(5));
        assertThat(exportsInTheLogSeenBy(town1Auditor)).containsExactly(town1, town1);
        assertThat(exportsInTheLogSeenBy(town2Auditor)).isEmpty();

        String adminTown2 = TestTokens.orgAdmin(94, town2, "/" + root + "/" + town2 + "/");
        MvcTestResult outside = export(adminTown2, "?orgId=" + town1 + "&unmasked=true");
        assertThat(outside).hasStatus(404);
        assertThat(MemberXlsx.read(bytes(export(adminTown2, "")), 0)).hasSize(1); // own subtree: nobody yet
    }

    @Test
    void aClearExportImportsAgainAsTheSameRows() {
        List<List<Object>> original = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            original.add(member("蒋" + i, newIdNumber(i % 2 == 0), codeA));
        }
        original.get(1).set(8, "预备党员");
        original.get(1).set(10, null);
        original.get(2).set(16, "退伍军人");
        assertThat(upload(cityAdmin, MemberXlsx.of(original), null)).hasStatusOk();

        byte[] exported = bytes(export(cityAdmin, "?orgId=" + branchA + "&unmasked=true"));
        List<List<String>> rows = MemberXlsx.read(exported, 0);
        for (int i = 0; i < original.size(); i++) {
            // as imported, but sex as its GB/T 2261.1 code and 籍贯 as its GB/T 2260 code, the full name beside it
            List<String> expected = new ArrayList<>(original.get(i).stream().map(c -> c == null ? null : c.toString()).toList());
            expected.set(1, expected.get(1).equals("男") ? "1" : "2");
            expected.set(11, "320583");
            expected.add("江苏省苏州市昆山市");
            List<String> actual = new ArrayList<>(rows.get(i + 1));
            while (actual.size() < expected.size()) {
                actual.add(null);
            }
            assertThat(actual).isEqualTo(expected);
        }

        MvcTestResult again = upload(cityAdmin, exported, null);
        assertThat(again).hasStatus(400);
        assertThat(problems(body(again))).containsExactly("2 身份证号 MEMBER_ID_NUMBER_EXISTS",
                "3 身份证号 MEMBER_ID_NUMBER_EXISTS", "4 身份证号 MEMBER_ID_NUMBER_EXISTS");
    }

    private static List<String> column(List<List<String>> sheet, int index) {
        return sheet.stream().skip(1).map(r -> index < r.size() ? r.get(index) : null).filter(v -> v != null).toList();
    }

    private static List<Object> withOrg(List<Object> row, String orgCode) {
        row.set(7, orgCode);
        return row;
    }

    private MvcTestResult upload(String token, byte[] file, String accept) {
        var request = mvc.post().uri("/api/members/import").multipart()
                .file(new MockMultipartFile("file", "members.xlsx", XLSX, file))
                .header(HttpHeaders.AUTHORIZATION, bearer(token));
        if (accept != null) {
            request = request.header(HttpHeaders.ACCEPT, accept);
        }
        return request.exchange();
    }

    private int statsTotal(long orgId) {
        MvcTestResult stats = mvc.get().uri("/api/members/stats?orgId=" + orgId).header(HttpHeaders.AUTHORIZATION, bearer(cityAdmin))
                .exchange();
        assertThat(stats).hasStatusOk();
        return body(stats).get("total").asInt();
    }

    private MvcTestResult export(String token, String query) {
        return mvc.get().uri("/api/members/export" + query).header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange();
    }

    private static List<String> problems(JsonNode problem) {
        List<String> found = new ArrayList<>();
        problem.get("rows").forEach(r -> found.add(r.get("row").asInt() + " " + r.get("column").asString() + " "
                + r.get("code").asString()));
        return found;
    }

    private int membersIn(long orgA, long orgB) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE org_id IN (?, ?)", Integer.class, orgA, orgB);
    }

    /** The organisations of the clear exports (allowed or refused) that the sensitive-read log shows this caller. */
    private List<Long> exportsInTheLogSeenBy(String token) {
        JsonNode log = body(mvc.get().uri("/api/members/audit/sensitive-reads?size=100")
                .header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange());
        List<Long> orgs = new ArrayList<>();
        log.get("items").forEach(entry -> {
            if ("EXPORT_UNMASKED".equals(entry.get("action").asString())) {
                orgs.add(Long.valueOf(entry.get("orgId").asString()));
            }
        });
        return orgs;
    }

    private int audited(long orgId, boolean allowed) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read_audit WHERE action = 'EXPORT_UNMASKED'"
                + " AND org_id = ? AND allowed = ?", Integer.class, orgId, allowed);
    }

    private static String withWrongCheckDigit(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static byte[] bytes(MvcTestResult result) {
        return result.getResponse().getContentAsByteArray();
    }

    private String codeOf(long org) {
        return jdbc.queryForObject("SELECT code FROM org_ref WHERE org_id = ?", String.class, org);
    }
}
