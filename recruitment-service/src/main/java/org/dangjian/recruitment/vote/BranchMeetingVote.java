package org.dangjian.recruitment.vote;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.CaseView;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.StepVotes;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.dangjian.recruitment.step.Requirement;
import org.dangjian.recruitment.step.StepRequirement;
import org.dangjian.recruitment.step.VoteCounts;
import org.springframework.stereotype.Component;

/**
 * A step that holds a branch general meeting's vote (admission N15, confirmation N23) is recorded with the
 * meeting's counts; it is refused unless the vote was valid and carried ({@link Quorum}) against the branch's
 * entitled voters ({@link EntitledVoters}), and the counts are stored with the entitled number.
 */
@Component
class BranchMeetingVote implements StepRequirement, StepVotes {
    static final String REQUIRED = "RECRUITMENT_VOTE_REQUIRED";
    private final EntitledVoters voters;
    private final StepVoteMapper votes;
    private final ProblemFactory messages;

    BranchMeetingVote(EntitledVoters voters, StepVoteMapper votes, ProblemFactory messages) {
        this.voters = voters;
        this.votes = votes;
        this.messages = messages;
    }

    @Override
    public Requirement kind() {
        return Requirement.VOTE;
    }

    @Override
    public void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems) {
        VoteCounts v = request.vote();
        if (v == null) {
            problems.add(new FieldProblem("vote", REQUIRED));
            return;
        }
        int entitled = voters.of(c.getOrgId());
        List<Quorum.Fault> faults = Quorum.faults(v, entitled);
        // the counts' messages carry the figures, so they are put in words here, in the caller's language
        faults.forEach(f -> problems.add(new FieldProblem(f.field(), messages.fieldMessage(f.code(), f.args()))));
        if (!faults.isEmpty() || !problems.isEmpty()) {
            return;
        }
        if (!Quorum.quorate(v, entitled)) {
            throw ApiException.conflict(Quorum.NO_QUORUM, step.code(), entitled, v.present());
        }
        if (!Quorum.carried(v, entitled)) {
            throw ApiException.conflict(Quorum.NOT_CARRIED, step.code(), entitled, v.yes());
        }
    }

    @Override
    public void recorded(RecruitmentCase c, StepDefinition step, CaseStep row, RecordStepRequest request) {
        VoteCounts v = request.vote();
        StepVote vote = new StepVote();
        vote.setCaseStepId(row.getId());
        vote.setCaseId(c.getId());
        vote.setStepCode(step.code());
        vote.setEntitled(voters.of(c.getOrgId()));
        vote.setPresent(v.present());
        vote.setYes(v.yes());
        vote.setNo(v.no());
        vote.setAbstain(v.abstain());
        votes.insert(vote);
    }

    @Override
    public Map<String, CaseView.Vote> ofCase(long caseId) {
        Map<String, CaseView.Vote> byStep = new LinkedHashMap<>();
        votes.selectList(Wrappers.<StepVote>lambdaQuery().eq(StepVote::getCaseId, caseId)).forEach(v -> byStep.put(
                v.getStepCode(), new CaseView.Vote(v.getEntitled(), v.getPresent(), v.getYes(), v.getNo(), v.getAbstain())));
        return byStep;
    }
}
