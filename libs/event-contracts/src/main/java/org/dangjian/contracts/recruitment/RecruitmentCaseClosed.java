package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * A case ended without full membership: {@code outcome} is {@code REFUSED} (the higher committee did not approve
 * the admission) or {@code CANCELLED} (probationary membership cancelled; member-service acts on
 * {@link RecruitmentConfirmed} CANCELLED, not on this), decided on {@code date}. org-service consumes it and
 * disables the applicant's account. The reason stays in recruitment-service.
 */
public record RecruitmentCaseClosed(long applicantId, String outcome, LocalDate date) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.case-closed.v1";

    public static final String REFUSED = "REFUSED";
    public static final String CANCELLED = "CANCELLED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
