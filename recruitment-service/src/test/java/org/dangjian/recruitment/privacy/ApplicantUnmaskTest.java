package org.dangjian.recruitment.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** An applicant's numbers are masked everywhere, and read in clear only by the unmask right, every attempt on record. */
class ApplicantUnmaskTest extends TreeApiTest {
    private static final String REASON = "核对申请人身份，准备政治审查";
    private static final Map<String, Object> WHY = Map.of("reason", REASON);

    @Test
    void anAdministratorWithTheRightReadsTheNumbersInClearAndTheReadIsAudited() {
        String idNumber = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1968, 5, 17), true, 411);
        long id = open(idNumber, "13812345670");
        assertThat(ok(get(branchAAdmin, "/api/recruitment/cases/" + id)).toString())
                .doesNotContain(idNumber).doesNotContain("13812345670");

        MvcTestResult clear = post(branchAAdmin, "/api/recruitment/cases/" + id + "/unmask", WHY);

        assertThat(clear.getResponse().getStatus()).isEqualTo(200);
        assertThat(clear.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(body(clear).get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(body(clear).get("phone").asString()).isEqualTo("13812345670");
        Map<String, Object> row = jdbc.queryForMap("SELECT action, allowed, org_id, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ? ORDER BY id DESC LIMIT 1", id);
        assertThat(row).containsEntry("action", "UNMASK_APPLICANT").containsEntry("allowed", true)
                .containsEntry("org_id", branchA).containsEntry("detail", REASON);
    }

    @Test
    void withoutAReasonNothingIsReadInClear() {
        long id = open(ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1968, 9, 9), true, 413), "13812345672");

        MvcTestResult refused = post(branchAAdmin, "/api/recruitment/cases/" + id + "/unmask", Map.of("reason", ""));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(body(refused).toString()).doesNotContain("13812345672");
    }

    @Test
    void anAuditorHasNoUnmaskRightAndAnotherBranchDoesNotFindTheCaseBothOnRecord() {
        long id = open(ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1968, 2, 3), true, 412), "13812345671");

        MvcTestResult auditor = post(auditorToken(root, pathOf(root)), "/api/recruitment/cases/" + id + "/unmask", WHY);
        MvcTestResult otherBranch = post(branchBAdmin, "/api/recruitment/cases/" + id + "/unmask", WHY);

        assertThat(auditor.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(auditor).get("detail").asString()).contains("脱敏查看权限");
        assertThat(otherBranch.getResponse().getStatus()).isEqualTo(404);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT allowed, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ? ORDER BY id", id);
        assertThat(rows).extracting(r -> r.get("detail")).containsExactly("NO_UNMASK_RIGHT: " + REASON, "NOT_FOUND_OR_OUT_OF_SCOPE: " + REASON);
        assertThat(rows).extracting(r -> r.get("allowed")).containsOnly(false);
    }

    private long open(String idNumber, String phone) {
        JsonNode opened = ok(post(branchAAdmin, "/api/recruitment/cases", Map.of("name", "陈思远", "gender", "1",
                "idNumber", idNumber, "phone", phone, "education", "21", "applicationDate", today().toString(),
                "orgId", branchA, "ethnicity", "01")));
        return opened.get("id").asLong();
    }
}
