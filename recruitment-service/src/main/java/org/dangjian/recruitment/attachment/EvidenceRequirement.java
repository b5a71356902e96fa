package org.dangjian.recruitment.attachment;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.step.RecordStepRequest;
import org.dangjian.recruitment.step.Requirement;
import org.dangjian.recruitment.step.StepRequirement;
import org.springframework.stereotype.Component;

/**
 * A step the catalogue proves by a photo is recorded only once a photo is attached to it; a step proven by a
 * document once a PDF or a photo of the paper is (uploaded first, as the evidence of the step about to be
 * recorded). Refused with 409 naming the step and what is missing.
 */
@Component
class EvidenceRequirement implements StepRequirement {
    private final Attachments attachments;

    EvidenceRequirement(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public Requirement kind() {
        return Requirement.EVIDENCE;
    }

    @Override
    public void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems) {
        List<String> types = attachments.onStep(c.getId(), step.code()).stream().map(CaseAttachment::getContentType)
                .toList();
        if (!step.evidence().satisfiedBy(types)) {
            throw Attachments.evidenceMissing(step);
        }
    }
}
