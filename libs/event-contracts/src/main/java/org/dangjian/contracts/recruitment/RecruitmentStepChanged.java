package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * A completed step of a case was changed after the superior organisation approved the change request
 * ({@code changeId}): which step, in which branch, its date before and after (equal when only its values or
 * attachments changed). Supervision counts these edits; no service consumes it yet.
 */
public record RecruitmentStepChanged(long applicantId, long orgId, String orgPath, String stepCode, long changeId,
                                     LocalDate oldDate, LocalDate newDate) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.step-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
