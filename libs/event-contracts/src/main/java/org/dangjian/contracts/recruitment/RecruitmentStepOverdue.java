package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * The next step of an open case was due and is not recorded (recruitment-service's daily deadline run, once per
 * case and step): who must act ({@code actingOrgId}, the organisation that performs the step, and its path), the
 * step ({@code stepCode}, {@code stepName}), the day it was due, and the person's name (never the ID number).
 * {@code orgId} is the person's branch. notify-service texts the acting organisation's administrators.
 */
public record RecruitmentStepOverdue(long applicantId, long orgId, long actingOrgId, String actingOrgPath,
                                     String stepCode, String stepName, LocalDate dueDate, String name)
        implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.step-overdue.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
