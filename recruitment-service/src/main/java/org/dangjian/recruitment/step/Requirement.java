package org.dangjian.recruitment.step;

import org.dangjian.recruitment.catalogue.Evidence;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;

/** The kinds of thing a catalogue step may ask for beyond its date and fields; each is one {@link StepRequirement}. */
public enum Requirement {
    EVIDENCE,
    EXAM,
    VOTE,
    PEOPLE,
    OUTCOME;

    public boolean askedBy(StepDefinition step) {
        return switch (this) {
            case EVIDENCE -> step.evidence() != Evidence.NONE;
            case EXAM -> step.exam() != null;
            case VOTE -> step.vote() != null;
            case PEOPLE -> step.people() != null;
            case OUTCOME -> step.role() == StepRole.ADMISSION_APPROVAL || step.role() == StepRole.CONFIRMATION_APPROVAL;
        };
    }

    /** What the step asks for, in Chinese and in English, for the refusal of a kind nothing handles. */
    String[] describe(StepDefinition step) {
        return switch (this) {
            case EVIDENCE -> new String[] {"附件（" + step.evidence().label() + "）", "an attachment (" + step.evidence() + ")"};
            case EXAM -> new String[] {"考试合格（" + step.exam().label() + "）", "an exam pass (" + step.exam() + ")"};
            case VOTE -> new String[] {"支部大会表决（" + step.vote().label() + "）", "a branch meeting's vote (" + step.vote() + ")"};
            case PEOPLE -> new String[] {step.people().kind().label(), "the " + step.people().kind() + " named"};
            case OUTCOME -> new String[] {"审批结果（" + step.role().label() + "）", "the approval's outcome (" + step.role() + ")"};
        };
    }
}
