package org.dangjian.recruitment.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The branch general meeting's vote on admission (N15): valid only with more than half of the branch's full
 * members present, carried only with more than half of them voting yes; probationary members have no vote.
 */
class BranchMeetingVoteTest extends CaseUnderWayTest {

    @Test
    void anAdmissionVoteNeedsMoreThanHalfOfTheEntitledPresent() {
        fullMembers(branchA, 4);
        long id = caseAtTheAdmissionVote();

        MvcTestResult half = record(branchAAdmin, id, "N15", vote(2, 2, 0, 0));

        assertThat(half.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(half).get("code").asString()).isEqualTo("RECRUITMENT_VOTE_NO_QUORUM");
        assertThat(body(half).get("detail").asString()).contains("正式党员4人").contains("到会2人");
        assertThat(theCase(id).get("steps").findValuesAsString("code")).doesNotContain("N15");

        ok(record(branchAAdmin, id, "N15", vote(3, 3, 0, 0)));
        JsonNode recorded = step(theCase(id), "N15").get("vote");
        assertThat(recorded.get("entitled").asInt()).isEqualTo(4);
        assertThat(recorded.get("present").asInt()).isEqualTo(3);
        assertThat(recorded.get("yes").asInt()).isEqualTo(3);
    }

    @Test
    void anAdmissionNeedsMoreThanHalfOfTheEntitledVotingYes() {
        fullMembers(branchA, 10);
        long id = caseAtTheAdmissionVote();

        MvcTestResult mostOfThosePresent = record(branchAAdmin, id, "N15", vote(6, 5, 1, 0));

        assertThat(mostOfThosePresent.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(mostOfThosePresent).get("code").asString()).isEqualTo("RECRUITMENT_VOTE_NOT_CARRIED");
        assertThat(body(mostOfThosePresent).get("detail").asString()).contains("正式党员10人").contains("赞成5票");

        ok(record(branchAAdmin, id, "N15", vote(7, 6, 0, 1)));
    }

    @Test
    void probationaryMembersAreNotEntitledToVote() {
        fullMembers(branchA, 3);
        probationaryMembers(branchA, 3);
        fullMembers(branchB, 5);
        long id = caseAtTheAdmissionVote();

        MvcTestResult countingProbationers = record(branchAAdmin, id, "N15", vote(4, 4, 0, 0));
        assertThat(countingProbationers.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(countingProbationers).get("errors").findValuesAsString("field")).containsExactly("vote.present");
        assertThat(body(countingProbationers).get("errors").get(0).get("message").asString()).contains("3");

        ok(record(branchAAdmin, id, "N15", vote(2, 2, 0, 0)));
        assertThat(step(theCase(id), "N15").get("vote").get("entitled").asInt()).isEqualTo(3);
    }

    @Test
    void theVoteCountsMustAddUp() {
        fullMembers(branchA, 5);
        long id = caseAtTheAdmissionVote();

        MvcTestResult moreVotesThanPresent = record(branchAAdmin, id, "N15", vote(4, 3, 1, 1));
        assertThat(moreVotesThanPresent.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(moreVotesThanPresent).get("errors").findValuesAsString("field")).containsExactly("vote");

        MvcTestResult noVote = record(branchAAdmin, id, "N15", Map.of("date", today().toString()));
        assertThat(noVote.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noVote).get("errors").findValuesAsString("field")).containsExactly("vote");

        MvcTestResult negative = record(branchAAdmin, id, "N15", vote(4, -1, 0, 0));
        assertThat(negative.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(negative).get("errors").findValuesAsString("field")).containsExactly("vote.yes");
    }

    /** A case whose steps up to the admission vote are done a month ago. */
    private long caseAtTheAdmissionVote() {
        long id = openCase(today().minusYears(3));
        withoutEvidence(id);
        doneBefore(id, "N15", today().minusMonths(1));
        return id;
    }

    private Map<String, Object> vote(int present, int yes, int no, int abstain) {
        return Map.of("date", today().toString(),
                "vote", Map.of("present", present, "yes", yes, "no", no, "abstain", abstain));
    }
}
