package org.dangjian.member.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.privacy.UnmaskRight;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.ClearNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MemberService;
import org.springframework.stereotype.Service;

/**
 * One member's ID and phone numbers in clear, for a caller who holds the {@link UnmaskRight} and has the
 * member in scope. Every attempt is on record: allowed, refused for want of the right, or refused because
 * the member is not in the caller's scope (which the caller sees as 404, as for a member that does not
 * exist).
 */
@Service
public class Unmasking {
    /** The reason of the 403 {@code FORBIDDEN} for a clear read without the right. */
    public static final String MEMBER_UNMASK_RIGHT_REQUIRED = "MEMBER_UNMASK_RIGHT_REQUIRED";
    private final MemberMapper members;
    private final UnmaskRight right;
    private final SensitiveReadAudit audit;
    private final ClearNumbers clear;

    public Unmasking(MemberMapper members, UnmaskRight right, SensitiveReadAudit audit, ClearNumbers clear) {
        this.members = members;
        this.right = right;
        this.audit = audit;
        this.clear = clear;
    }

    @Schema(name = "MemberClearNumbers", description = "党员的明文身份证号码和手机号码。A member's ID and phone numbers in clear.")
    public record ClearView(@Schema(description = "身份证号码。The ID number.", example = "320583199001011234") String idNumber,
                            @Schema(description = "手机号码，未登记时为空。The phone number; null when none is on record.", example = "13912345678") String phone) {
    }

    /** The reason the caller gave is kept with the read, allowed or refused (refusals lead with why). */
    public ClearView unmask(long memberId, String reason) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.selectById(memberId);
        if (m == null) {
            audit.refused(SensitiveRead.UNMASK, memberId, null, "NOT_FOUND_OR_OUT_OF_SCOPE: " + reason);
            throw ApiException.notFound(MemberService.MEMBER_NOT_FOUND);
        }
        if (!right.heldBy(caller)) {
            audit.refused(SensitiveRead.UNMASK, memberId, m.getOrgId(), "NO_UNMASK_RIGHT: " + reason);
            throw ApiException.forbidden(MEMBER_UNMASK_RIGHT_REQUIRED);
        }
        audit.allowed(SensitiveRead.UNMASK, memberId, m.getOrgId(), reason);
        return new ClearView(clear.idNumber(m), clear.phone(m));
    }
}
