package org.dangjian.recruitment.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A step asking for what no requirement handles yet is refused naming it. Moved here from CaseTest, whose step N05
 * (training contacts) is handled now; N10 asks for a document, which the attachments work handles: once it is
 * merged, no national step is left unsupported and this test goes (StepGateTest keeps the rule).
 */
class UnsupportedRequirementTest extends CaseUnderWayTest {

    @Test
    void aStepThatNeedsWhatThePlatformCannotRecordYetIsRefusedNamingIt() {
        long id = openCase(today().minusYears(2));
        doneBefore(id, "N10", today().minusMonths(1));

        MvcTestResult review = record(branchAAdmin, id, "N10", Map.of("date", today().toString()));

        assertThat(review.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(review).get("code").asString()).isEqualTo("RECRUITMENT_STEP_NOT_YET_SUPPORTED");
        assertThat(body(review).get("detail").asString()).contains("附件");
    }
}
