package org.dangjian.org.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.org.excel.Xlsx.row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.FirstLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Import, template and export through the HTTP API against real MariaDB. */
@TestPropertySource(properties = "dj.admin.password=" + OrgImportApiTest.ADMIN_PASSWORD)
class OrgImportApiTest extends ServiceApiTest {
    /** The same as OrgApiTest's, so that both share one application context. */
    static final String ADMIN_PASSWORD = "Kunshan-2026-admin";
    static final String STRONG = "Branch-Secretary-9pm";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    String admin;
    long rootId;
    /** Codes are unique city-wide and the database outlives each test: every test uses its own prefix. */
    String p;

    @BeforeEach
    void signIn() {
        admin = token("admin", ADMIN_PASSWORD);
        rootId = ok(get(admin, "/api/auth/me")).get("orgId").asLong();
        p = "320583-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void oneBadRowAmongGoodOnesAppliesNothingAndIsReported() {
        MvcTestResult result = upload(admin, Xlsx.of(List.of(
                row(p + "-T", "玉山镇党委", null, "党委", "区镇", "玉山镇", 1),
                row(p + "-G", "城北总支", p + "-T", "党总支", "社区"),
                row(p + "-B1", "城北一支部", p + "-G", "党支部", "社区"),
                row(p + "-B2", "城北二支部", p + "-G", "党小组", "社区"))));

        assertThat(result).hasStatus(400);
        JsonNode problem = body(result);
        assertThat(problem.get("code").asString()).isEqualTo("ORG_IMPORT_REJECTED");
        assertThat(problem.get("rows").size()).isEqualTo(1);
        JsonNode bad = problem.get("rows").get(0);
        assertThat(bad.get("row").asInt()).isEqualTo(5);
        assertThat(bad.get("column").asString()).isEqualTo("组织类型");
        assertThat(bad.get("code").asString()).isEqualTo("ORG_IMPORT_TYPE_INVALID");
        assertThat(bad.get("message").asString()).contains("党小组");
        assertThat(countWithPrefix(p)).as("nothing applied").isZero();
    }

    @Test
    void everyBadRowIsReported() {
        createOrg(admin, rootId, p + "-OLD", "既有党委", "COMMITTEE", "TOWN");
        MvcTestResult result = upload(admin, Xlsx.of(List.of(
                row(p + "-T", "周市镇党委", null, "党委", "区镇"),
                row(null, "无编码", p + "-T", "党支部", "村"),
                row(p + "-T", "重复编码", null, "党委", "区镇"),
                row(p + "-OLD", "已存在", null, "党委", "区镇"),
                row(p + "-X", "无上级", "NO-SUCH-" + p, "党支部", "村"),
                row(p + "-B", "支部", p + "-T", "党支部", "外星"),
                row(p + "-UB", "支部下级", p + "-B", "党支部", "村"),
                row(p + "-C1", "环一", p + "-C2", "党委", "区镇"),
                row(p + "-C2", "环二", p + "-C1", "党委", "区镇"))));

        assertThat(result).hasStatus(400);
        List<String> reported = new ArrayList<>();
        body(result).get("rows").forEach(r -> reported.add(r.get("row").asInt() + ":" + r.get("code").asString()));
        assertThat(reported).containsExactly(
                "3:ORG_IMPORT_CODE_MISSING",
                "4:ORG_IMPORT_CODE_DUPLICATE",
                "5:ORG_IMPORT_CODE_EXISTS",
                "6:ORG_IMPORT_PARENT_UNKNOWN",
                "7:ORG_IMPORT_CATEGORY_INVALID",
                "8:ORG_IMPORT_PARENT_CANNOT_HAVE_CHILDREN",
                "9:ORG_IMPORT_CYCLE",
                "10:ORG_IMPORT_CYCLE");
        assertThat(countWithPrefix(p)).as("only the org created beforehand").isEqualTo(1);
    }

    @Test
    void theCorrectedFileAppliesEveryRowWithPathsParentsAndEventsAndRowsMayComeBeforeTheirParents() {
        List<List<Object>> rows = List.of(
                row(p + "-B2", "城北二支部", p + "-G", "党支部", "社区", null, 2),
                row(p + "-B1", "城北一支部", p + "-G", "党支部", "社区", "一支部", 1),
                row(p + "-G", "城北总支", p + "-T", "党总支", "社区"),
                row(p + "-E", "某公司党支部", p + "-T", "联合党支部", "非公企业"),
                row(p + "-T", "玉山镇党委", null, "党委", "区镇", "玉山镇", 1));

        MvcTestResult result = upload(admin, Xlsx.of(rows));

        assertThat(result).hasStatus(200);
        assertThat(body(result).get("imported").asInt()).isEqualTo(5);
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        jdbc.queryForList("SELECT id, parent_id, path, depth, code, name, short_name, type, category, sort_order"
                + " FROM org_unit WHERE code LIKE ?", p + "%").forEach(r -> byCode.put((String) r.get("code"), r));
        assertThat(byCode).hasSize(5);
        Map<String, Object> town = byCode.get(p + "-T");
        assertThat(((Number) town.get("parent_id")).longValue()).isEqualTo(rootId);
        assertThat(town.get("path")).isEqualTo("/" + rootId + "/" + town.get("id") + "/");
        assertThat(town.get("category")).isEqualTo("TOWN");
        assertThat(town.get("short_name")).isEqualTo("玉山镇");
        assertChildOf(byCode.get(p + "-G"), town);
        assertChildOf(byCode.get(p + "-E"), town);
        assertChildOf(byCode.get(p + "-B1"), byCode.get(p + "-G"));
        assertChildOf(byCode.get(p + "-B2"), byCode.get(p + "-G"));
        assertThat(byCode.get(p + "-B2").get("sort_order")).isEqualTo(2);
        assertThat(byCode.get(p + "-E").get("type")).isEqualTo("JOINT_BRANCH");

        for (Map<String, Object> org : byCode.values()) {
            Map<String, Object> event = jdbc.queryForMap("SELECT COUNT(*) AS n, MAX(payload) AS payload FROM dj_outbox"
                    + " WHERE event_type = 'dj.org.created.v1' AND aggregate_id = ?", String.valueOf(org.get("id")));
            assertThat(((Number) event.get("n")).intValue()).isEqualTo(1);
            assertThat((String) event.get("payload")).contains((String) org.get("path"));
        }

        MvcTestResult again = upload(admin, Xlsx.of(rows));
        assertThat(again).hasStatus(400);
        assertThat(body(again).get("rows").size()).as("each code now exists").isEqualTo(5);
    }

    @Test
    void anOrgAdminImportsOnlyInsideTheirSubtree() {
        JsonNode townA = createOrg(admin, rootId, p + "-A", "巴城镇党委", "COMMITTEE", "TOWN");
        createOrg(admin, rootId, p + "-B", "花桥镇党委", "COMMITTEE", "TOWN");
        String username = "imp" + p.toLowerCase();
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", username, "password", STRONG,
                "orgId", townA.get("id").asString(), "roles", List.of("ORG_ADMIN")))).hasStatus(201);
        String townAdmin = FirstLogin.token(mvc, json, username, STRONG);

        MvcTestResult outside = upload(townAdmin, Xlsx.of(List.of(
                row(p + "-A1", "巴城一支部", null, "党支部", "村"),
                row(p + "-B1", "越权支部", p + "-B", "党支部", "村"))));
        assertThat(outside).hasStatus(400);
        JsonNode rows = body(outside).get("rows");
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rows.get(0).get("code").asString()).isEqualTo("ORG_IMPORT_PARENT_UNKNOWN");
        assertThat(countWithPrefix(p)).isEqualTo(2);

        MvcTestResult inside = upload(townAdmin, Xlsx.of(List.of(
                row(p + "-A1", "巴城一支部", null, "党支部", "村"),
                row(p + "-A2", "巴城二支部", p + "-A", "党支部", "村"))));
        assertThat(inside).hasStatus(200);
        String townPath = townA.get("path").asString();
        assertThat(jdbc.queryForList("SELECT path FROM org_unit WHERE code IN (?, ?)", String.class, p + "-A1", p + "-A2"))
                .allSatisfy(path -> assertThat(path).startsWith(townPath));
    }

    @Test
    void aRejectedFileComesBackAsAWorkbookWithAnErrorColumnWhenAsked() {
        MvcTestResult result = mvc.post().uri("/api/orgs/import").multipart()
                .file(new MockMultipartFile("file", "orgs.xlsx", XLSX, Xlsx.of(List.of(
                        row(p + "-T", "锦溪镇党委", null, "党委", "区镇"),
                        row(p + "-B", "锦溪支部", p + "-T", "党支部", "乡")))))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .header(HttpHeaders.ACCEPT, XLSX)
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
        List<List<String>> sheet = Xlsx.read(result.getResponse().getContentAsByteArray(), 0);
        assertThat(sheet.get(0)).containsExactly("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别", "简称", "排序", "错误原因");
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(1).size() < 8 || sheet.get(1).get(7) == null).as("good row has no reason").isTrue();
        assertThat(sheet.get(2).get(0)).isEqualTo(p + "-B");
        assertThat(sheet.get(2).get(7)).contains("组织类别").contains("乡");
        assertThat(countWithPrefix(p)).isZero();
    }

    @Test
    void aFileWithTheWrongHeaderOrNoWorkbookAtAllIsRefusedAsAWhole() {
        MvcTestResult wrongHeader = upload(admin, Xlsx.of(List.of("名称", "编码"), List.of(row("x", "y"))));
        assertThat(wrongHeader).hasStatus(400);
        assertThat(body(wrongHeader).get("code").asString()).isEqualTo("ORG_IMPORT_HEADER_INVALID");

        MvcTestResult notXlsx = upload(admin, "组织编码,组织名称\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx).hasStatus(400);
        assertThat(body(notXlsx).get("code").asString()).isEqualTo("ORG_IMPORT_NOT_XLSX");
    }

    @Test
    void theTemplateHasTheExactHeaderAnExampleAndTheAllowedValues() {
        MvcTestResult result = mvc.get().uri("/api/orgs/import/template")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();

        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
        byte[] template = result.getResponse().getContentAsByteArray();
        List<List<String>> sheet = Xlsx.read(template, 0);
        assertThat(sheet.get(0)).containsExactly("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别", "简称", "排序");
        assertThat(sheet.size()).isGreaterThan(1);
        List<List<String>> allowed = Xlsx.read(template, 1);
        assertThat(allowed.stream().map(r -> r.get(0)).toList()).contains("党委", "党工委", "党总支", "党支部", "联合党支部");
        assertThat(allowed.stream().map(r -> r.size() > 1 ? r.get(1) : null).toList())
                .contains("区镇", "村", "社区", "机关", "事业单位", "学校", "国有企业", "非公有制企业", "社会组织", "其他");
    }

    @Test
    void theExportHoldsExactlyTheSubtreeInPathOrderAndImportsAgainUnderNewCodes() {
        createOrg(admin, rootId, p + "-NEIGHBOUR", "邻镇党委", "COMMITTEE", "TOWN");
        assertThat(upload(admin, Xlsx.of(List.of(
                row(p + "-T", "千灯镇党委", null, "党委", "区镇", "千灯", 3),
                row(p + "-G", "千灯总支", p + "-T", "党总支", "非公企业"),
                row(p + "-B1", "千灯一支部", p + "-G", "党支部", "非公企业"),
                row(p + "-B2", "千灯二支部", p + "-T", "党支部", "村"))))).hasStatus(200);
        long townId = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, p + "-T");

        MvcTestResult result = mvc.get().uri("/api/orgs/export?rootId=" + townId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();

        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
        List<List<String>> sheet = Xlsx.read(result.getResponse().getContentAsByteArray(), 0);
        assertThat(sheet.get(0)).containsExactly("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别", "简称", "排序");
        List<List<String>> data = sheet.subList(1, sheet.size());
        assertThat(data).extracting(r -> r.get(0)).containsExactlyInAnyOrder(p + "-T", p + "-G", p + "-B1", p + "-B2");
        assertThat(data.get(0)).startsWith(p + "-T", "千灯镇党委", null, "党委", "区镇", "千灯", "3");
        Map<String, String> parentOf = new HashMap<>();
        data.forEach(r -> parentOf.put(r.get(0), r.get(2)));
        assertThat(parentOf).containsEntry(p + "-G", p + "-T").containsEntry(p + "-B1", p + "-G").containsEntry(p + "-B2", p + "-T");
        assertThat(data.indexOf(data.stream().filter(r -> r.get(0).equals(p + "-G")).findFirst().orElseThrow()))
                .isLessThan(data.indexOf(data.stream().filter(r -> r.get(0).equals(p + "-B1")).findFirst().orElseThrow()));

        // The same file with new codes goes in again as it is, under an empty town.
        JsonNode empty = createOrg(admin, rootId, p + "-EMPTY", "空镇党委", "COMMITTEE", "TOWN");
        List<List<Object>> renamed = new ArrayList<>();
        for (List<String> r : data) {
            renamed.add(row(r.get(0).replace(p, p + "N"), r.get(1), r.get(2) == null ? p + "-EMPTY" : r.get(2).replace(p, p + "N"),
                    r.get(3), r.get(4), r.size() > 5 ? r.get(5) : null, r.size() > 6 ? r.get(6) : null));
        }
        MvcTestResult reimport = upload(admin, Xlsx.of(renamed));
        assertThat(reimport).hasStatus(200);
        assertThat(body(reimport).get("imported").asInt()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code LIKE ? AND path LIKE ?", Integer.class,
                p + "N%", empty.get("path").asString() + "%")).isEqualTo(4);
    }

    @Test
    void anOrgAdminExportsTheirOwnSubtreeByDefaultAndNothingOutsideIt() {
        JsonNode townA = createOrg(admin, rootId, p + "-A", "陆家镇党委", "COMMITTEE", "TOWN");
        JsonNode townB = createOrg(admin, rootId, p + "-B", "张浦镇党委", "COMMITTEE", "TOWN");
        createOrg(admin, townA.get("id").asLong(), p + "-A1", "陆家一支部", "BRANCH", "VILLAGE");
        String username = "exp" + p.toLowerCase();
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", username, "password", STRONG,
                "orgId", townA.get("id").asString(), "roles", List.of("ORG_ADMIN")))).hasStatus(201);
        String townAdmin = FirstLogin.token(mvc, json, username, STRONG);

        MvcTestResult own = get(townAdmin, "/api/orgs/export");
        assertThat(own).hasStatus(200);
        List<List<String>> sheet = Xlsx.read(own.getResponse().getContentAsByteArray(), 0);
        assertThat(sheet.subList(1, sheet.size())).extracting(r -> r.get(0)).containsExactly(p + "-A", p + "-A1");

        MvcTestResult other = mvc.get().uri("/api/orgs/export?rootId=" + townB.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + townAdmin).exchange();
        assertThat(other).hasStatus(404);
        assertThat(body(other).get("code").asString()).isEqualTo("ORG_NOT_FOUND");
    }

    private static void assertChildOf(Map<String, Object> child, Map<String, Object> parent) {
        assertThat(((Number) child.get("parent_id")).longValue()).isEqualTo(((Number) parent.get("id")).longValue());
        assertThat(child.get("path")).isEqualTo(parent.get("path") + String.valueOf(child.get("id")) + "/");
        assertThat(((Number) child.get("depth")).intValue()).isEqualTo(((Number) parent.get("depth")).intValue() + 1);
    }

    private int countWithPrefix(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code LIKE ?", Integer.class, prefix + "%");
    }

    private MvcTestResult upload(String token, byte[] xlsx) {
        return mvc.post().uri("/api/orgs/import").multipart()
                .file(new MockMultipartFile("file", "orgs.xlsx", XLSX, xlsx))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private String token(String username, String password) {
        MvcTestResult result = post(null, "/api/auth/login", Map.of("username", username, "password", password));
        assertThat(result).hasStatus(200);
        return body(result).get("accessToken").asString();
    }

    private JsonNode createOrg(String token, long parentId, String code, String name, String type, String category) {
        MvcTestResult result = post(token, "/api/orgs", Map.of("parentId", String.valueOf(parentId), "code", code,
                "name", name, "type", type, "category", category));
        assertThat(result).hasStatus(201);
        return body(result);
    }
}
