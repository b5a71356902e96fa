package org.dangjian.points.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's points for a year: the total and their rank in their branch (null where the member reads
 * their own and the organisation does not show it), and every entry with what it is worth under the
 * rules in force.
 */
public record MemberStatement(long memberId, String name, int year, BigDecimal total, Long rank, Long rankedInBranch,
                              long orgId, String orgName, List<Line> entries) {

    public record Line(String kind, String detail, String label, BigDecimal quantity, BigDecimal points, String source,
                       LocalDate date) {
    }
}
