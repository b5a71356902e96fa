package org.dangjian.cadre.record;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new cadre record: a member by {@code memberId} (their details come from the member record), or someone who is
 * not a member with their own details ({@code name}, {@code gender}, {@code birthDate}, {@code education}, and
 * their {@code idNumber} and {@code phone}, kept encrypted).
 */
@Schema(name = "CadreRequest", description = "登记干部：党员填党员编号（姓名、性别、出生日期、学历取自党员档案，不重复录入）；"
        + "非党员干部填姓名、性别、出生日期和学历。A cadre: a member by member id (their details come from the member "
        + "record, never retyped), or someone who is not a member with their own details.")
public record CadreRequest(
        @Schema(description = "党员编号（党员干部）。The member, for a cadre who is a Party member.", type = "string",
                example = "1024") Long memberId,
        @Schema(description = "登记在哪个组织（非党员干部必填所辖组织，默认本组织；党员干部登记在其所在组织）。The "
                + "organisation the record is kept under: for a member their own; for others one of the caller's "
                + "(the caller's own by default).", type = "string") Long orgId,
        @Schema(description = "姓名（非党员干部）。Name, for a cadre who is not a member.", example = "王建国")
        @Size(max = 50) String name,
        @Schema(description = "性别（非党员干部）。Sex, for a cadre who is not a member.") Gender gender,
        @Schema(description = "出生日期（非党员干部）。Date of birth, for a cadre who is not a member.")
        @Past LocalDate birthDate,
        @Schema(description = "学历代码（GB/T 4658，非党员干部）。Education, GB/T 4658 code, for a cadre who is not a "
                + "member.", example = "21")
        String education,
        @Schema(description = "身份证号码（非党员干部，加密保存、脱敏显示）。ID number, for a cadre who is not a member: "
                + "kept encrypted, shown masked.", example = "320583197503021234") @Size(max = 18) String idNumber,
        @Schema(description = "手机号码（非党员干部，加密保存、脱敏显示）。Mobile number, for a cadre who is not a member: "
                + "kept encrypted, shown masked.", example = "13912345678") @Size(max = 11) String phone) {

    /** Without ID and phone numbers, as before they were kept. */
    public CadreRequest(Long memberId, Long orgId, String name, Gender gender, LocalDate birthDate, String education) {
        this(memberId, orgId, name, gender, birthDate, education, null, null);
    }
}
