package org.dangjian.member.record;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
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
    /** GB 3304 two-digit code, see {@link Ethnicities}. */
    private String ethnicity;
    private LocalDate birthDate;
    private String nativePlace;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private String phoneEnc;
    private String phoneIdx;
    private String phoneMasked;
    private Education education;
    private Degree degree;
    private String occupation;
    private String workUnit;
    /** Object-store key of the photo (storage kit), null when none. */
    private String photoKey;
    private String photoType;

    private MemberStatus status;
    /** Why the status is what it is, e.g. {@code TRANSFERRED_OUT} for LEFT; null when self-evident. */
    private String statusReason;
    private LocalDate statusDate;
    /** The admission date: the political birthday. */
    private LocalDate joinDate;
    /** Full membership (转正) date; null while probationary. */
    private LocalDate fullDate;
    private String mobileCity;
    private String mobileUnit;
    private String mobileContact;
    private String notes;
    /** The recruitment applicant this record was admitted from, so recruitment events find it. */
    private Long applicantId;

    private Long createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
}
