package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded reduction (an exemption when the amount is 0) and the approval behind it. */
public record ReductionView(long id, long memberId, int year, int fromMonth, int toMonth, BigDecimal monthlyAmount,
                            String reason, String approvedBy, LocalDate approvedOn) {
}
