package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's dues in a subtree: per branch and in all, and for a single branch its members one by one.
 * Exempt members and members whose base is not set yet are counted apart: they owe nothing this month.
 */
public record DuesSummaryView(Long orgId, YearMonth month, Figures total, List<Branch> branches,
                              List<MemberLine> members) {

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

    public record Branch(long orgId, String name, Figures figures) {
    }

    /** {@code due} is null without a base (or before admission); {@code paid} null when not paid. */
    public record MemberLine(long memberId, String name, BigDecimal due, BigDecimal paid, LocalDate paidOn,
                             BigDecimal outstanding) {
    }
}
