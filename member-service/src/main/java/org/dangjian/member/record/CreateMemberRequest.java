package org.dangjian.member.record;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dangjian.kit.codes.Education;
import org.dangjian.member.record.codes.MemberCodes;

/** Registering one member by hand; {@code ethnicity} is the GB 3304 code or name (汉族 when absent). */
@Schema(description = "登记一名党员；性别和出生日期须与身份证号码一致，standing 为预备党员（PROBATIONARY）或正式党员（FULL）。"
        + "Registering one member; gender and birth date must agree with the ID number; standing is PROBATIONARY or FULL.")
public record CreateMemberRequest(
        @Schema(description = "所在党支部（党支部或联合党支部）。The Party branch the member belongs to.", example = "1893456789012345678")
        @NotNull Long orgId,
        @Schema(description = "党小组。The Party group within the branch.", example = "第一党小组")
        @Size(max = 50) String partyGroup,
        @Schema(description = "姓名。Full name.", example = "张伟")
        @NotBlank @Size(max = 50) String name,
        @NotNull Gender gender,
        @Schema(description = "民族：GB 3304 代码或名称，缺省为汉族。Ethnicity: GB 3304 code or name; 汉族 when absent.", example = "汉族")
        @Size(max = 8) String ethnicity,
        @Schema(description = "出生日期，须与身份证号码一致。Birth date; must agree with the ID number.", example = "1988-03-15")
        @NotNull @Past LocalDate birthDate,
        @Schema(description = "籍贯：GB/T 2260 行政区划代码（6 位，须为现行代码）。Native place: a GB/T 2260 region code in force.", example = "320583")
        @Size(max = 100) String nativePlace,
        @Schema(description = "18 位居民身份证号码。The 18-character resident ID number.", example = "320583198803151216")
        @NotBlank @ChineseIdNumber String idNumber,
        @Schema(description = "11 位手机号码。Mainland mobile number, 11 digits.", example = "13912345678")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{dj.member.phone.invalid}") String phone,
        @Schema(description = "学历：GB/T 4658 学历代码（如 21 大学本科毕业，80 小学教育）。Education: a GB/T 4658 code.", example = "21")
        @Size(max = 100) String education,
        @Schema(description = "全日制教育（FULL_TIME）或在职教育（IN_SERVICE）。Full-time or in-service schooling.")
        Education.StudyMode educationMode,
        Degree degree,
        @Schema(description = "工作岗位：党员工作岗位代码（代码表 occupations，党费类别由此而定）。Occupation: a code of the occupations table, from which the dues group follows.", example = "05")
        @Size(max = 100) String occupation,
        @Schema(description = "工作单位。Work unit.", example = "昆山市玉山镇人民政府")
        @Size(max = 100) String workUnit,
        @Schema(description = "正式党员（FULL）或预备党员（PROBATIONARY）。Full or probationary member.")
        @NotNull PartyStanding standing,
        @Schema(description = "由市外转入、尚未报到：登记后不计入党员人数，转接完成（transfer.completed）时报到。"
                + "Arriving by a transfer into the city: on record but not counted until the transfer completes.")
        Boolean arrivingByTransfer,
        @Schema(description = "入党日期（年满十八周岁后）。The day the member joined, at 18 or older.", example = "2026-01-10")
        @NotNull @PastOrPresent LocalDate joinDate,
        @Schema(description = "转正日期（预备期满之日），不早于入党日期满一年；预备党员不填。Full-membership date (the end of probation), at least one full year after joinDate; none for a probationary member.")
        @PastOrPresent LocalDate fullDate,
        @Schema(description = "备注。Notes.", example = "由玉山镇党委推荐")
        @Size(max = 500) String notes) {

    MemberDraft toDraft() {
        String ethnicityCode = ethnicity == null || ethnicity.isBlank() ? MemberCodes.HAN
                : MemberCodes.ethnicity(ethnicity).orElse(ethnicity);
        return new MemberDraft(orgId, partyGroup, name, gender, ethnicityCode, birthDate, blankToNull(nativePlace),
                idNumber, phone, blankToNull(education), educationMode, degree, blankToNull(occupation), workUnit,
                standing, false, Boolean.TRUE.equals(arrivingByTransfer), joinDate, fullDate, notes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
