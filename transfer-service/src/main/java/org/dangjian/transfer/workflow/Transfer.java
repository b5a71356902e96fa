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
    private String externalAddress;
    private boolean acrossProvinces;
    private String reason;
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

    void close(TransferStatus outcome, Instant at) {
        status = outcome;
        closedAt = at;
        openMemberId = null;
    }
}
