package org.dangjian.recruitment.cases;

import java.util.List;
import java.util.Map;

/**
 * What other features keep about a case's steps, for the case view: the attachments of each step (package
 * attachment) and the change requests made to it (package change). Interfaces here, implementations there, so
 * that the case view shows them without the cases package depending on those features.
 */
public final class StepAnnexes {
    private StepAnnexes() {
    }

    /** The files on each step of a case, by step code, not those an approved change took off. */
    public interface Attachments {
        Map<String, List<AttachmentView>> onSteps(long caseId);
    }

    /** The change requests to each step of a case, by step code, oldest first. */
    public interface Changes {
        Map<String, List<StepChangeView>> ofSteps(long caseId);
    }
}
