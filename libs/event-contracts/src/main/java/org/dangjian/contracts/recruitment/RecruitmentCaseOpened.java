package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * A person applied in writing and their branch opened a case (the case id is the applicant id). org-service
 * opens the applicant's account from it (role APPLICANT, SMS-code login), so it carries the phone, sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear); the ID number stays in recruitment-service. {@code applicationDate} is the date
 * of the written application.
 */
public record RecruitmentCaseOpened(long applicantId, long orgId, String orgPath, String name, String phone,
                                    LocalDate applicationDate) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.case-opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
