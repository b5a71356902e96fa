package org.dangjian.recruitment.cases;

import java.util.List;
import java.util.Map;

/** The members a case's steps named (training contacts, introducers), by step code, in the order given. */
public interface StepPeople {
    Map<String, List<CaseView.NamedMember>> ofCase(long caseId);
}
