package org.dangjian.contracts.recruitment;

/**
 * An applicant never admitted whose retention period is past: recruitment-service took the person's name, numbers,
 * step values and evidence off the case. org-service takes the name and phone off the applicant's (disabled) account.
 */
public record RecruitmentApplicantAnonymised(long applicantId) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.applicant-anonymised.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
