package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * A step of a case was recorded (the application itself included): which step of the case's catalogue
 * ({@code stepCode}, in {@code stage}), on which date, in which branch. Supervision counts these.
 */
public record RecruitmentStepRecorded(long applicantId, long orgId, String orgPath, String stepCode, String stage,
                                      LocalDate date) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.step-recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
