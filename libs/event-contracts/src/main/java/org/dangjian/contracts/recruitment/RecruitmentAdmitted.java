package org.dangjian.contracts.recruitment;

import java.time.LocalDate;

/**
 * The higher committee approved an applicant's admission: member-service creates the probationary
 * member from this. Unlike other events it carries the ID number, because the record cannot be created
 * without it: ID number and phone are sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear);
 * only member-service consumes it and no consumer may log or store them in clear.
 * {@code ethnicity} is the GB 3304 code, {@code education} the GB/T 4658 code (member-service also reads the
 * names of its former education list),
 * {@code gender} {@code MALE|FEMALE}; {@code admissionDate} is the political birthday.
 */
public record RecruitmentAdmitted(long applicantId, long orgId, String orgPath, String name, String gender, String ethnicity,
                                  LocalDate birthDate, String idNumber, String phone, String education,
                                  LocalDate admissionDate) implements RecruitmentEvent {
    public static final String TYPE = "dj.recruitment.admitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
