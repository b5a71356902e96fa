package org.dangjian.member.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dangjian.kit.codes.Education;
import org.dangjian.member.record.codes.MemberCodes;

/** A member as clients see it: ID and phone numbers masked; codes come with their Chinese names. */
@Schema(description = "党员档案（身份证号码和手机号码已脱敏）。A member's record, ID and phone numbers masked.")
public record MemberView(long id, long orgId,
                         @Schema(description = "所在组织的名称（本人档案中给出）。The organisation's name, given on the member's own record.",
                                 example = "城东社区第一党支部") String orgName,
                         String partyGroup, String name, Gender gender,
                         @Schema(description = "民族代码（GB 3304）。Ethnicity, GB 3304 code.", example = "01") String ethnicity,
                         @Schema(description = "民族名称。Ethnicity by name.", example = "汉族") String ethnicityName,
                         LocalDate birthDate,
                         @Schema(description = "籍贯：行政区划代码（GB/T 2260）。Native place, GB/T 2260 code.", example = "320583") String nativePlace,
                         @Schema(description = "籍贯全称。The native place's full name.", example = "江苏省苏州市昆山市") String nativePlaceName,
                         @Schema(description = "未能对应到行政区划代码的原籍贯文字（编码前录入），填写代码后清空。Native place as typed before it was coded, when it named no single region; cleared once a code is set.", example = "朝阳") String nativePlaceText,
                         @Schema(description = "脱敏的身份证号码。The ID number, masked.", example = "3205**********1216") String idNumber,
                         @Schema(description = "脱敏的手机号码。The phone number, masked.", example = "139****5678") String phone,
                         @Schema(description = "学历代码（GB/T 4658）。Education, GB/T 4658 code.", example = "21") String education,
                         @Schema(description = "学历名称。Education by name.", example = "大学本科毕业") String educationName,
                         @Schema(description = "全日制教育或在职教育。Full-time or in-service schooling.") Education.StudyMode educationMode,
                         Degree degree,
                         @Schema(description = "工作岗位代码（代码表 occupations）。Occupation code.", example = "05") String occupation,
                         @Schema(description = "工作岗位名称。Occupation by name.", example = "党政机关工作人员") String occupationName,
                         @Schema(description = "未能归入工作岗位类别的原职业文字（编码前录入），填写代码后清空。Occupation as typed before it was coded, when no category was recognised; cleared once a code is set.", example = "船员") String occupationText,
                         String workUnit,
                         @Schema(description = "是否有照片。Whether a photo is on record.") boolean hasPhoto,
                         @Schema(description = "正式党员或预备党员。Full or probationary member.") PartyStanding standing,
                         @Schema(description = "党员类别名称。Standing by name.", example = "正式党员") String standingName,
                         @Schema(description = "在册、停止党籍、已离开，或转入待报到。On the roll, suspended, left, or arriving by transfer.") MembershipState state,
                         @Schema(description = "状态名称。State by name.", example = "在册") String stateName,
                         @Schema(description = "离开的原因（state 为 LEFT 时）。Why the member left, when LEFT.") LeaveReason leaveReason,
                         @Schema(description = "离开原因名称。The leave reason by name.", example = "转出") String leaveReasonName,
                         @Schema(description = "最近一次变更的说明。The note of the last change of standing or state.") String statusReason,
                         @Schema(description = "最近一次变更的日期。When standing or state last changed.") LocalDate statusDate,
                         @Schema(description = "入党日期。The day the member joined.") LocalDate joinDate,
                         @Schema(description = "转正日期（预备期满之日）。The day of full membership: the end of probation.") LocalDate fullDate,
                         @Schema(description = "延长预备期至。The end of the extended probation, when extended.") LocalDate probationExtendedTo,
                         Mobile mobile, String notes,
                         @Schema(description = "记录的版本号，修改时原样送回。The record's version: send it back with a change.", example = "3") int version) {

    /** Where a mobile member (流动党员) is; null for everyone else. */
    @Schema(name = "MemberMobile", description = "流动党员的去向，其他党员为空。Where a mobile member is; null for everyone else.")
    public record Mobile(@Schema(description = "流入地行政区划代码（GB/T 2260）。Region code, GB/T 2260.", example = "310115") String region,
                         @Schema(description = "流入地全称。The region's full name.", example = "上海市浦东新区") String regionName,
                         @Schema(description = "外出流动的起始日期。Away since.") LocalDate since,
                         String city, String unit, String contact) {
    }

    public static MemberView of(Member m) {
        return of(m, null);
    }

    /** With the organisation's name, for a reader who cannot look the organisation up (the member themself). */
    public static MemberView of(Member m, String orgName) {
        Mobile mobile = m.isMobile()
                ? new Mobile(m.getMobileRegion(), MemberCodes.regionName(m.getMobileRegion()), m.getMobileSince(),
                        m.getMobileCity(), m.getMobileUnit(), m.getMobileContact())
                : null;
        return new MemberView(m.getId(), m.getOrgId(), orgName, m.getPartyGroup(), m.getName(), m.getGender(),
                m.getEthnicity(), MemberCodes.ethnicityName(m.getEthnicity()), m.getBirthDate(),
                m.getNativePlace(), MemberCodes.regionName(m.getNativePlace()), m.getNativePlaceText(),
                m.getIdNumberMasked(), m.getPhoneMasked(),
                m.getEducation(), MemberCodes.educationName(m.getEducation()), m.getEducationMode(), m.getDegree(),
                m.getOccupation(), MemberCodes.occupationName(m.getOccupation()), m.getOccupationText(),
                m.getWorkUnit(), m.getPhotoKey() != null, m.getStanding(), m.getStanding().label(), m.getState(),
                m.getState().label(), m.getLeaveReason(), m.getLeaveReason() == null ? null : m.getLeaveReason().label(),
                m.getStatusReason(), m.getStatusDate(), m.getJoinDate(), m.getFullDate(), m.getProbationExtendedTo(),
                mobile, m.getNotes(),
                m.getVersion() == null ? 0 : m.getVersion());
    }
}
