package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;
import org.dangjian.transfer.codes.ExternalPlace;
import org.dangjian.transfer.codes.TransferReasons;

/**
 * One relationship transfer. It belongs to both ends: administrators of either side's subtree see it,
 * and the member sees their own. {@code openMemberId} holds the member id while the transfer is open,
 * so the database itself refuses a second open transfer for one member.
 */
@Getter
@Setter
@TableName("transfer")
@OrgScoped(orgPathColumn = "from_org_path", moreOrgPathColumns = "to_org_path", memberColumn = "member_id")
public class Transfer {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long memberId;
    private String memberName;
    private TransferKind kind;
    private TransferStatus status;
    private Long fromOrgId;
    private String fromOrgPath;
    private String fromOrgName;
    private Long toOrgId;
    private String toOrgPath;
    private String toOrgName;
    private String externalOrg;
    /** The GB/T 2260 region of the outside organisation; null within the city and for old rows whose text did not resolve. */
    private String externalRegion;
    /** The street detail below {@code externalRegion} (or, for old rows without a region, the whole address as typed). */
    private String externalAddress;
    /** Derived from {@code externalRegion} against the city's own region when registered, never taken from a request. */
    private boolean acrossProvinces;
    /** A code of the code-tables kit's 组织关系转接原因. */
    private String reasonCode;
    /** What the administrator added to the coded reason (for 99 其他, the reason itself); the old free text. */
    private String reasonNote;
    private LocalDate plannedDate;
    /**
     * Dues paid up to this month, {@code yyyy-MM}: points-service's record, followed while the transfer is
     * open, unless the registering administrator typed another month with a reason.
     */
    private String duesPaidUntil;
    /** Why the administrator's month replaces points-service's record; null when the record is printed. */
    private String duesOverrideReason;
    private String letterNumber;
    /** A random code printed in the letter's QR link, so a number alone cannot be looked up. */
    private String letterCode;
    private LocalDate letterIssuedOn;
    /**
     * The last day the letter may be accepted; within the city, where no letter is issued, the last day the
     * member may report to the receiving branch.
     */
    private LocalDate letterValidUntil;
    /** The organisation that issues and stamps the letter: the chain's last level, or the department. */
    private Long letterIssuerOrgId;
    private String letterIssuerName;
    /** Into the city: the letter the outside organisation issued, as the receiving branch recorded it. */
    private String outsideLetterNumber;
    private LocalDate outsideLetterDate;
    private String outsideLetterIssuer;
    private String outsideLetterScanKey;
    private String outsideLetterScanType;
    /** The reason given on rejection or cancellation. */
    private String outcomeComment;
    private Long registeredBy;
    private Instant registeredAt;
    private Instant closedAt;
    /** Written even when null: closing the transfer clears it, which frees the member for another. */
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Long openMemberId;
    @Version
    private Integer version;

    /** The organisation that registered the transfer (the receiving one for arrivals from outside). */
    String registeringPath() {
        return kind.registeredByReceiver() ? toOrgPath : fromOrgPath;
    }

    /**
     * Who confirms the member reported: the receiving branch within the city; for a member leaving the
     * city, the sending side when the receipt comes back.
     */
    String receivingPath() {
        return kind == TransferKind.OUT_OF_CITY ? fromOrgPath : toOrgPath;
    }

    /** Letters of introduction are printed here only for members leaving the city. */
    public boolean printsLetter() {
        return kind == TransferKind.OUT_OF_CITY;
    }

    /** The reason as people read it: its label, then the note ("工作调动：调至玉山镇人民政府"). */
    public String reasonText() {
        String label = TransferReasons.label(reasonCode);
        return reasonNote == null ? label : label == null ? reasonNote : label + "：" + reasonNote;
    }

    /** What the letter prints as the reason: the label; for 99 其他 the note, which says what the reason is. */
    public String reasonOnLetter() {
        return TransferReasons.OTHER.equals(reasonCode) && reasonNote != null ? reasonNote : TransferReasons.label(reasonCode);
    }

    /** The outside organisation's place, the region's names then the detail; null within the city. */
    public ExternalPlace externalPlace() {
        return externalRegion == null && externalAddress == null ? null : new ExternalPlace(externalRegion, externalAddress);
    }

    void close(TransferStatus outcome, Instant at) {
        status = outcome;
        closedAt = at;
        openMemberId = null;
    }
}
