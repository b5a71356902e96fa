package org.dangjian.member.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record CreateMemberRequest(
        @NotNull Long orgId,
        @NotBlank @Size(max = 50) String name,
        @NotNull Gender gender,
        @NotBlank @ChineseIdNumber String idNumber,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{dj.member.phone.invalid}") String phone,
        @NotNull @Past LocalDate birthDate,
        @NotNull @PastOrPresent LocalDate joinDate,
        @NotNull MemberStatus status) {
}
