package org.dangjian.member.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Registering one member by hand; {@code ethnicity} is the GB 3304 code or name (汉族 when absent). */
public record CreateMemberRequest(
        @NotNull Long orgId,
        @Size(max = 50) String partyGroup,
        @NotBlank @Size(max = 50) String name,
        @NotNull Gender gender,
        @Size(max = 8) String ethnicity,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 100) String nativePlace,
        @NotBlank @ChineseIdNumber String idNumber,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{dj.member.phone.invalid}") String phone,
        Education education,
        Degree degree,
        @Size(max = 50) String occupation,
        @Size(max = 100) String workUnit,
        @NotNull MemberStatus status,
        @NotNull @PastOrPresent LocalDate joinDate,
        @PastOrPresent LocalDate fullDate,
        @Size(max = 500) String notes) {

    MemberDraft toDraft() {
        String ethnicityCode = ethnicity == null || ethnicity.isBlank() ? Ethnicities.HAN
                : Ethnicities.parse(ethnicity).orElse(ethnicity);
        return new MemberDraft(orgId, partyGroup, name, gender, ethnicityCode, birthDate, nativePlace, idNumber, phone,
                education, degree, occupation, workUnit, status, joinDate, fullDate, notes);
    }
}
