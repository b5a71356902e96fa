package org.dangjian.recruitment.cases;

import java.util.Map;

/** The branch meetings' votes recorded on a case, by step code: the vote feature keeps them, the case view shows them. */
public interface StepVotes {
    Map<String, CaseView.Vote> ofCase(long caseId);
}
