package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's dues in a subtree: per branch and in all, and for a single branch its members one by one.
 * Exempt members and members whose base is not set yet are counted apart: they owe nothing this month.
 */
public record DuesSummaryView(Long orgId, @Schema(description = "月份 yyyy-MM。The month.", example = "2026-09") YearMonth month, Figures total, List<Branch> branches,
                              List<MemberLine> members) {

    @Schema(name = "DuesFigures", description = "党费数字。Dues figures of a branch or a subtree.")
    public record Figures(int members, int withoutBase, int exempt, int membersDue, BigDecimal amountDue,
                          int paidCount, BigDecimal amountPaid, int outstandingCount, BigDecimal outstandingAmount) {
        static final Figures NONE = new Figures(0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

        Figures plus(Figures o) {
            return new Figures(members + o.members, withoutBase + o.withoutBase, exempt + o.exempt,
                    membersDue + o.membersDue, amountDue.add(o.amountDue), paidCount + o.paidCount,
                    amountPaid.add(o.amountPaid), outstandingCount + o.outstandingCount,
                    outstandingAmount.add(o.outstandingAmount));
        }
    }

    @Schema(name = "DuesBranch", description = "一个党支部的当月党费。One branch's dues in the month.")
    public record Branch(long orgId, String name, Figures figures) {
    }

    /** {@code due} is null without a base (or before admission); {@code paid} null when not paid. */
    @Schema(name = "DuesMemberLine", description = "一名党员的当月党费。One member's dues in the month.")
    public record MemberLine(long memberId, String name, BigDecimal due, BigDecimal paid, LocalDate paidOn,
                             BigDecimal outstanding) {
    }
}
