package org.dangjian.recruitment.deadline;

import java.time.LocalDate;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.recruitment.catalogue.StepDefinition;

/** An open case's next step with the day it is due and the organisation that must act (null if none is found). */
public record DueStep(OpenCase openCase, StepDefinition step, LocalDate dueDate, OrgRef actingOrg) {
}
