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

        Api.Reply[] opened = new Api.Reply[1];
        // recruitment-service learns the new branch from org-service's events a moment after it is created
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            opened[0] = tree.branchAAdmin.post("/api/recruitment/cases", application);
            return opened[0].status() != 404 && opened[0].status() != 400;
        });
        assertThat(opened[0].status()).as(opened[0].raw().body()).isEqualTo(201);
        String caseId = opened[0].body().get("id").asString();
        String path = "/api/recruitment/cases/" + caseId;
        assertThat(opened[0].raw().body()).as("masked everywhere").doesNotContain(idNumber).doesNotContain(phone);
        assertThat(tree.branchAAdmin.post("/api/recruitment/cases", application).status()).as("one open case per person")
                .isEqualTo(409);

        Api.Reply talk = tree.branchAAdmin.post(path + "/steps/N02",
                Map.of("date", applied.plusDays(20).toString(), "fields", Map.of("talker", "李明")));
        assertThat(talk.status()).as(talk.raw().body()).isEqualTo(201);
        Api.Reply outOfOrder = tree.branchAAdmin.post(path + "/steps/N04", Map.of("date", today.toString()));
        assertThat(outOfOrder.status()).isEqualTo(409);
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
        Api.Reply clear = tree.branchAAdmin.post(path + "/unmask", null);
        assertThat(clear.status()).as(clear.raw().body()).isEqualTo(200);
        assertThat(clear.body().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(clear.header("Cache-Control")).isEqualTo("no-store");

        assertThat(tree.city.get("/api/recruitment/rule-sets").body().findValuesAsString("name")).contains("admission");
        assertThat(tree.city.get("/api/recruitment/rule-sets/admission").body().get("inForce").get("value")
                .get("minimumAge").asInt()).isEqualTo(18);
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
}
