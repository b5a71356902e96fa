package org.dangjian.cadre.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Going live with a roster workbook: the whole file or nothing, every bad row named. */
class CadreImportTest extends CadreApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("姓名", "性别", "出生日期", "是否党员", "组织编码", "职务",
            "任职类别", "产生方式", "起始日期", "任期届满日期", "学历", "身份证号", "手机号");
    /** A made-up Kunshan number of a woman born 1990-02-03. */
    private static final String QIAN_ID = ResidentIdNumbers.withCheckDigit("32058319900203002");

    @Test
    void a_roster_records_the_member_secretary_who_also_chairs_the_committee_a_non_member_with_numbers_and_a_reserve() {
        long m = member(branchC, "周村书", "MALE", LocalDate.of(1976, 5, 5), "21");
        String village = code(branchC);
        List<List<Object>> rows = List.of(
                row("周村书", "男", "1976-05-05", "是", village, "党组织书记", "现任", "选举", "2021-07-01", "2026-06-30"),
                row("周村书", "男", "1976-05-05", "是", village, "村（居）委会主任", "现任", "选举", "2021-07-01", null),
                row("钱委员", "女", "1990-02-03", "否", village, "村（居）委会委员", "现任", "选举", "2021-07-01", null,
                        "大学本科毕业", QIAN_ID, "13912340001"),
                row("孙后备", "男", "1995-01-01", "否", village, "党组织书记", "后备", null, "2024-01-10", null, "21"));

        MvcTestResult imported = upload(town2Admin, xlsx(rows));
        assertThat(imported).hasStatus(200);
        assertThat(body(imported).get("imported").asInt()).isEqualTo(4);

        JsonNode roster = ok(get(town2Admin, "/api/cadres?orgId=" + branchC + "&size=50"));
        assertThat(names(roster)).containsExactlyInAnyOrder("周村书", "钱委员", "孙后备");
        JsonNode secretary = find(roster, "周村书");
        assertThat(secretary.get("memberId").asLong()).as("linked to the member record, not retyped").isEqualTo(m);
        JsonNode details = ok(get(town2Admin, "/api/cadres/" + secretary.get("id").asString()));
        assertThat(details.get("appointments").valueStream().map(a -> a.get("position").asString()))
                .containsExactlyInAnyOrder("SECRETARY", "RESIDENTS_DIRECTOR");
        assertThat(outboxCount(CadreAppointmentChanged.TYPE, branchC)).as("org-service hears of each post").isEqualTo(3);
        JsonNode qian = find(roster, "钱委员");
        assertThat(qian.get("idNumberMasked").asString()).isNotEqualTo(QIAN_ID).endsWith(QIAN_ID.substring(16));
        JsonNode reserve = ok(get(town2Admin, "/api/cadres/" + find(roster, "孙后备").get("id").asString()));
        assertThat(reserve.get("reserves").get(0).get("position").asString()).isEqualTo("SECRETARY");

        // the same file again: every post is held already, the secretary's by 周村书 — nothing is recorded twice
        MvcTestResult again = upload(town2Admin, xlsx(rows));
        assertThat(again).hasStatus(400);
        assertThat(problems(again)).containsExactly("2 职务 CADRE_ORG_HAS_SECRETARY", "3 职务 CADRE_ALREADY_HOLDS_POST",
                "4 职务 CADRE_ALREADY_HOLDS_POST", "5 职务 CADRE_ALREADY_IN_RESERVE");
        assertThat(body(again).get("rows").get(0).get("message").asString()).contains("周村书");
    }

    @Test
    void a_file_with_bad_rows_records_nothing_and_names_every_bad_cell() {
        member(branchC, "吴书记", "MALE", LocalDate.of(1970, 1, 1), "21");
        String village = code(branchC);
        List<List<Object>> rows = List.of(
                row("吴书记", "男", "1970-01-01", "是", village, "党组织书记", "现任", "选举", "2020-01-01", null),
                row("郑无名", "男", "1971-01-01", "是", village, "党组织委员", "现任", "选举", "2020-01-01", null),
                row("王二", "男", "1980-01-01", "否", village, "党组织书记", "现任", "任命", "2020-01-01", null),
                row("赵三", "男", "1980-01-01", "否", code(branchA), "党组织委员", "现任", "选举", "2020-01-01", null),
                row("孙四", "男", "1980-01-01", "否", village, "村长", "现任", "选举", "2099-01-01", null),
                row("钱委员", "男", "1990-02-03", "否", village, "村（居）委会委员", "现任", "选举", "2021-07-01", null,
                        null, QIAN_ID, null));

        MvcTestResult rejected = upload(town2Admin, xlsx(rows));
        assertThat(rejected).hasStatus(400);
        assertThat(body(rejected).get("code").asString()).isEqualTo("CADRE_IMPORT_REJECTED");
        assertThat(problems(rejected)).containsExactly(
                "3 姓名 CADRE_IMPORT_MEMBER_NOT_FOUND",
                "4 职务 CADRE_IMPORT_SECRETARY_TWICE",
                "5 组织编码 CADRE_ORG_NOT_FOUND",
                "6 职务 CADRE_IMPORT_POSITION_UNKNOWN",
                "6 起始日期 CADRE_DATE_IN_FUTURE",
                "7 身份证号 CADRE_ID_NUMBER_MISMATCH");
        assertThat(names(ok(get(town2Admin, "/api/cadres?orgId=" + branchC)))).as("nothing of the file").isEmpty();

        // a client asking for a workbook gets the rows back with the reasons beside them
        MvcTestResult file = mvc.post().uri("/api/cadres/import").multipart()
                .file(new MockMultipartFile("file", "roster.xlsx", XLSX, xlsx(rows)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + town2Admin).header(HttpHeaders.ACCEPT, XLSX).exchange();
        assertThat(file).hasStatus(400);
        List<Map<Integer, String>> back = FastExcel.read(new ByteArrayInputStream(file.getResponse()
                .getContentAsByteArray())).sheet(0).headRowNumber(0).doReadSync();
        assertThat(back.get(0).values()).contains("错误原因");
        assertThat(back.get(2).get(HEADER.size())).contains("找不到");
        assertThat(back.get(1).get(HEADER.size())).as("a good row has no reason").isNull();
    }

    @Test
    void the_template_has_the_header_the_import_expects_and_its_examples_name_every_column() {
        MvcTestResult template = get(town2Admin, "/api/cadres/import/template");
        assertThat(template).hasStatus(200);
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream(template.getResponse()
                .getContentAsByteArray())).sheet(0).headRowNumber(0).doReadSync();
        assertThat(sheet.get(0).values()).containsExactlyElementsOf(HEADER);
        assertThat(sheet).hasSize(4);
        assertThat(upload(branchCAdmin, template.getResponse().getContentAsByteArray())).as("its example organisation "
                + "is nobody's here, so the examples are reported, not recorded").hasStatus(400);
        assertThat(mvc.post().uri("/api/cadres/import").multipart()
                .file(new MockMultipartFile("file", "r.xlsx", XLSX, template.getResponse().getContentAsByteArray()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + memberToken(nextId(), branchC)).exchange())
                .as("members do not import").hasStatus(403);
    }

    private String code(long org) {
        return jdbc.queryForObject("SELECT code FROM org_ref WHERE org_id = ?", String.class, org);
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < HEADER.size()) {
            row.add(null);
        }
        return row;
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("干部名册").head(HEADER.stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    private MvcTestResult upload(String token, byte[] file) {
        return mvc.post().uri("/api/cadres/import").multipart()
                .file(new MockMultipartFile("file", "roster.xlsx", XLSX, file))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    /** "row column code" of each problem, in the order the answer lists them. */
    private List<String> problems(MvcTestResult rejected) {
        return body(rejected).get("rows").valueStream().map(p -> p.get("row").asInt() + " " + p.get("column").asString()
                + " " + p.get("code").asString()).toList();
    }

    private static JsonNode find(JsonNode page, String name) {
        return page.get("items").valueStream().filter(c -> name.equals(c.get("name").asString())).findFirst()
                .orElseThrow();
    }
}
