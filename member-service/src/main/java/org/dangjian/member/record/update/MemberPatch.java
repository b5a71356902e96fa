package org.dangjian.member.record.update;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dangjian.kit.codes.Education;
import org.dangjian.member.record.ChineseIdNumber;
import org.dangjian.member.record.Degree;
import org.dangjian.member.record.Gender;

/**
 * A change to a member's profile: a field left out (null) stays as it is; an empty text clears an
 * optional field (phone, notes, whereabouts...). {@code version} is the record's version the client
 * based the change on. Standing and organisation change by their own routes.
 */
@Schema(description = "党员信息的修改：未发送的字段不变，空字符串清空可选字段。A change to a member's profile: fields left out stay, "
        + "an empty text clears an optional field.")
public record MemberPatch(
        @Schema(description = "所读取记录的版本号（必填）。The version of the record as read (required).", example = "3")
        Integer version,
        @Schema(description = "姓名。Full name.", example = "张伟")
        @Size(max = 50) String name,
        Gender gender,
        @Schema(description = "民族：GB 3304 代码或名称。Ethnicity: GB 3304 code or name.", example = "01")
        @Size(max = 8) String ethnicity,
        @Past LocalDate birthDate,
        @Schema(description = "籍贯：GB/T 2260 行政区划代码；空字符串清空（连同未编码的原文字）。Native place: a GB/T 2260 code; an empty text clears it (and any uncoded text).", example = "320583")
        @Size(max = 100) String nativePlace,
        @ChineseIdNumber String idNumber,
        @Schema(description = "11 位手机号码；空字符串清空。Mobile number; an empty text clears it.", example = "13912345678")
        @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{dj.member.phone.invalid}") String phone,
        @Schema(description = "学历：GB/T 4658 代码；空字符串清空。Education: a GB/T 4658 code; an empty text clears it.", example = "21")
        @Size(max = 100) String education,
        @Schema(description = "全日制教育（FULL_TIME）或在职教育（IN_SERVICE）。Full-time or in-service schooling.")
        Education.StudyMode educationMode,
        Degree degree,
        @Schema(description = "工作岗位代码（代码表 occupations）；空字符串清空（连同未编码的原文字）。Occupation code; an empty text clears it (and any uncoded text).", example = "05")
        @Size(max = 100) String occupation,
        @Schema(description = "工作单位。Work unit.", example = "昆山市玉山镇人民政府")
        @Size(max = 100) String workUnit,
        @Schema(description = "党小组。The Party group.", example = "第二党小组")
        @Size(max = 50) String partyGroup,
        @PastOrPresent LocalDate joinDate,
        @PastOrPresent LocalDate fullDate,
        @Size(max = 500) String notes,
        @Size(max = 50) String mobileCity,
        @Size(max = 100) String mobileUnit,
        @Size(max = 50) String mobileContact) {

    /** The member's own change of phone, once the SMS code proved the number theirs. */
    public static MemberPatch phoneOnly(String phone) {
        return new MemberPatch(null, null, null, null, null, null, null, phone, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** Where a mobile member is now; null parts stay, empty parts clear. */
    public static MemberPatch whereabouts(String city, String unit, String contact) {
        return new MemberPatch(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, city, unit, contact);
    }
}
