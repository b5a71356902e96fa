package org.dangjian.member.record;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.dangjian.kit.codes.Education;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A Party member's record; a member reading their own record is scoped by {@code id}. ID and phone
 * numbers are kept three ways: ciphertext, a blind index for exact lookup, and the masked form that
 * every list shows, so listing never decrypts.
 */
@Getter
@Setter
@TableName("member")
@OrgScoped(orgPathColumn = "org_path", memberColumn = "id")
public class Member {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    /** Party group (党小组) within the branch, free text as branches name them. */
    private String partyGroup;

    private String name;
    private Gender gender;
    /** GB 3304 two-digit code (the code-tables kit). */
    private String ethnicity;
    private LocalDate birthDate;
    /** 籍贯: GB/T 2260 six-digit code, null when unknown or when only {@code nativePlaceText} is known. */
    private String nativePlace;
    /** 籍贯 as typed before it was coded (issue 18), kept when it named no single region; cleared once coded. */
    private String nativePlaceText;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private String phoneEnc;
    private String phoneIdx;
    private String phoneMasked;
    /** GB/T 4658 学历 code (e.g. 21 大学本科毕业, 80 小学教育). */
    private String education;
    /** Full-time or in-service schooling, which the education code does not say. */
    private Education.StudyMode educationMode;
    private Degree degree;
    /** 工作岗位: the code-tables kit's occupation code, from which the dues group follows. */
    private String occupation;
    /** 职业 as typed before it was coded (issue 18), kept when no category was recognised; cleared once coded. */
    private String occupationText;
    private String workUnit;
    /** Object-store key of the photo (storage kit), null when none. */
    private String photoKey;
    private String photoType;

    /** 正式/预备, kept through suspension, mobility and leaving. */
    private PartyStanding standing;
    /** On the roll or not; see {@link MembershipState}. */
    private MembershipState state;
    /** Set when {@code state} is LEFT. */
    private LeaveReason leaveReason;
    /** The administrator's wording of the last change of standing or state (a note, not a code). */
    private String statusReason;
    private LocalDate statusDate;
    /** The admission date (入党日期): the political birthday and the start of probation. */
    private LocalDate joinDate;
    /** Full membership (转正日期): the end of probation, not the day it was decided; null while probationary. */
    private LocalDate fullDate;
    /** The end of the one extension of probation (6–12 months), null when not extended. */
    private LocalDate probationExtendedTo;
    /** The branch meeting that decided the confirmation, when an administrator recorded it. */
    private LocalDate confirmationMeetingDate;
    /** 流动党员: away from the branch, beside the standing. */
    private boolean mobile;
    /** GB/T 2260 six-digit code of where a mobile member went. */
    private String mobileRegion;
    private LocalDate mobileSince;
    private String mobileCity;
    private String mobileUnit;
    private String mobileContact;
    private String notes;
    /** The recruitment applicant this record was admitted from, so recruitment events find it. */
    private Long applicantId;

    /** When the record lost the person, past the period after leaving (retention {@code FORMER_MEMBER}). */
    private LocalDateTime anonymisedAt;
    private Long createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
}
