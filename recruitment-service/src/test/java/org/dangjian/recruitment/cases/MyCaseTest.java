package org.dangjian.recruitment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.recruitment.pipeline.RecruitmentCaseTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An applicant in the mini-program follows their own case: the steps done and the next one, nothing of anyone else. */
class MyCaseTest extends RecruitmentCaseTest {

    @Test
    void an_applicant_sees_their_own_steps_and_the_next_step_with_its_due_date_but_not_the_branchs_record() {
        LocalDate applied = today().minusDays(10);
        long id = open(branchA, branchAAdmin, "程晓", applied);
        String applicant = TestTokens.applicant(nextId(), id, branchA, pathOf(branchA));

        JsonNode mine = body(get(applicant, CASES + "/mine"));

        assertThat(mine.get("name").asString()).isEqualTo("程晓");
        assertThat(mine.get("orgName").asString()).isEqualTo("城北社区党支部");
        assertThat(mine.get("statusName").asString()).isEqualTo("进行中");
        assertThat(mine.get("steps")).hasSize(1);
        assertThat(mine.get("steps").get(0).get("date").asString()).isEqualTo(applied.toString());
        assertThat(mine.get("next").get("name").asString()).isNotBlank();
        assertThat(mine.get("next").has("performerName")).isTrue();
        assertThat(mine.has("idNumber")).as("the branch's record stays the branch's").isFalse();
        assertThat(mine.get("steps").get(0).has("recordedBy")).isFalse();
    }

    @Test
    void someone_without_a_case_has_none_and_an_applicant_still_cannot_read_cases_by_id() {
        long id = open(branchA, branchAAdmin, "韦宁", today().minusDays(3));
        long other = open(branchA, branchAAdmin, "温馨", today().minusDays(3));
        String applicant = TestTokens.applicant(nextId(), id, branchA, pathOf(branchA));

        assertThat(get(memberToken(nextId(), branchA), CASES + "/mine")).hasStatus(404);
        assertThat(body(get(memberToken(nextId(), branchA), CASES + "/mine")).get("code").asString())
                .isEqualTo("RECRUITMENT_NO_OWN_CASE");
        assertThat(get(applicant, CASES + "/" + other)).as("the scope stays shut outside their own case").hasStatus(403);
    }
}
