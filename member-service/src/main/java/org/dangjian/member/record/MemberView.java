package org.dangjian.member.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A member as clients see it: ID and phone numbers masked; codes come with their Chinese names. */
@Schema(description = "党员档案（身份证号码和手机号码已脱敏）。A member's record, ID and phone numbers masked.")
public record MemberView(long id, long orgId, String partyGroup, String name, Gender gender,
                         @Schema(description = "民族代码（GB 3304）。Ethnicity, GB 3304 code.", example = "01") String ethnicity,
                         @Schema(description = "民族名称。Ethnicity by name.", example = "汉族") String ethnicityName,
                         LocalDate birthDate, String nativePlace,
                         @Schema(description = "脱敏的身份证号码。The ID number, masked.", example = "3205**********1216") String idNumber,
                         @Schema(description = "脱敏的手机号码。The phone number, masked.", example = "139****5678") String phone,
                         Education education,
                         @Schema(description = "学历名称。Education by name.", example = "大学本科") String educationName,
                         Degree degree, String occupation, String workUnit,
                         @Schema(description = "是否有照片。Whether a photo is on record.") boolean hasPhoto,
                         MemberStatus status,
                         @Schema(description = "状态名称。Standing by name.", example = "正式党员") String statusName,
                         @Schema(description = "状态变更的原因。Why the standing last changed.") String statusReason,
                         @Schema(description = "状态变更日期。When the standing last changed.") LocalDate statusDate,
                         @Schema(description = "入党日期。The day the member joined.") LocalDate joinDate,
                         @Schema(description = "转正日期。The day of full membership.") LocalDate fullDate,
                         Mobile mobile, String notes,
                         @Schema(description = "记录的版本号，修改时原样送回。The record's version: send it back with a change.", example = "3") int version) {

    /** Where a mobile member (流动党员) is; null for everyone else. */
    @Schema(name = "MemberMobile", description = "流动党员的去向，其他党员为空。Where a mobile member is; null for everyone else.")
    public record Mobile(String city, String unit, String contact) {
    }

    public static MemberView of(Member m) {
        Mobile mobile = m.getStatus() == MemberStatus.MOBILE || m.getMobileCity() != null
                ? new Mobile(m.getMobileCity(), m.getMobileUnit(), m.getMobileContact()) : null;
        return new MemberView(m.getId(), m.getOrgId(), m.getPartyGroup(), m.getName(), m.getGender(),
                m.getEthnicity(), Ethnicities.name(m.getEthnicity()), m.getBirthDate(), m.getNativePlace(),
                m.getIdNumberMasked(), m.getPhoneMasked(), m.getEducation(),
                m.getEducation() == null ? null : m.getEducation().label(), m.getDegree(), m.getOccupation(),
                m.getWorkUnit(), m.getPhotoKey() != null, m.getStatus(), m.getStatus().label(), m.getStatusReason(),
                m.getStatusDate(), m.getJoinDate(), m.getFullDate(), mobile, m.getNotes(),
                m.getVersion() == null ? 0 : m.getVersion());
    }
}
