package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * The end of a probation: {@code outcome} is {@code CONFIRMED} (full membership from {@code date}),
 * {@code EXTENDED} (probation extended to {@code extendedUntil}, at most a year) or {@code CANCELLED}
 * (membership cancelled). The member is found by the applicant it was admitted from.
 */
public record RecruitmentConfirmed(long applicantId, String outcome, LocalDate date, LocalDate extendedUntil) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.confirmed.v1";

    public static final String CONFIRMED = "CONFIRMED";
    public static final String EXTENDED = "EXTENDED";
    public static final String CANCELLED = "CANCELLED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
