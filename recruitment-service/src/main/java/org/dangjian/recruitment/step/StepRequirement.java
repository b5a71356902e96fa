package org.dangjian.recruitment.step;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.StepDefinition;

/**
 * One kind of thing a catalogue step may ask for beyond its date and fields: evidence, an exam pass, a branch
 * meeting's vote, people named (introducers, training contacts), an approval's outcome. Each kind is a bean in its
 * own feature package; {@link StepRecording} asks every bean about every step, so a new kind is a new class, not
 * an edit of the recording. A step asking for a kind no bean handles is refused ({@link StepGate#supported}).
 */
public interface StepRequirement {

    /** The kind this bean handles: a step asking for it is no longer refused as unsupported. */
    Requirement kind();

    /** Whether this step asks for this bean's kind. */
    default boolean asks(StepDefinition step) {
        return kind().askedBy(step);
    }

    /**
     * Checks the request before anything is written: adds a field problem per bad value (400 with all of them),
     * or throws a 409 problem for a refusal that is not about one field (quorum not reached, exam not passed).
     */
    void check(RecruitmentCase c, StepDefinition step, RecordStepRequest request, List<FieldProblem> problems);

    /** Writes what the request carries for this kind, after the step's row, in the same transaction. */
    default void recorded(RecruitmentCase c, StepDefinition step, CaseStep row, RecordStepRequest request) {
    }
}
