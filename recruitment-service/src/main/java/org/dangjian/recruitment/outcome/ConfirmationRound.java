package org.dangjian.recruitment.outcome;

import java.util.List;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;

/**
 * The steps an extension of probation sends round again: when the extension ends the probationary member hands in
 * the application for confirmation once more, the branch meeting votes again and the committee approves again
 * (中国共产党发展党员工作细则第三十四条). In a catalogue that is the run from the application for confirmation
 * (national step N22, or the first step refining it) to the confirmation approval; without such a step before the
 * vote, from the confirmation vote.
 */
final class ConfirmationRound {
    /** The national step 提出转正申请; a city's finer catalogue names it in {@code refines}. */
    static final String NATIONAL_APPLICATION_FOR_CONFIRMATION = "N22";

    private ConfirmationRound() {
    }

    static List<StepDefinition> steps(Catalogue catalogue) {
        List<StepDefinition> all = catalogue.steps();
        int vote = indexOf(all, StepRole.CONFIRMATION_VOTE);
        int approval = indexOf(all, StepRole.CONFIRMATION_APPROVAL);
        int from = vote;
        for (int i = 0; i < vote; i++) {
            StepDefinition s = all.get(i);
            if (NATIONAL_APPLICATION_FOR_CONFIRMATION.equals(s.code())
                    || NATIONAL_APPLICATION_FOR_CONFIRMATION.equals(s.refines())) {
                from = i;
                break;
            }
        }
        return all.subList(from, approval + 1);
    }

    static boolean includes(Catalogue catalogue, StepDefinition step) {
        return steps(catalogue).stream().anyMatch(s -> s.code().equals(step.code()));
    }

    static StepDefinition withRole(Catalogue catalogue, StepRole role) {
        return catalogue.steps().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    private static int indexOf(List<StepDefinition> steps, StepRole role) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).role() == role) {
                return i;
            }
        }
        throw new IllegalStateException("every catalogue has the role " + role);
    }
}
