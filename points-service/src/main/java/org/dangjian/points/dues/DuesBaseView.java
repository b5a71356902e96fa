package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.Instant;

/** A member's base for a year and the monthly amount it makes; {@code replaced} when it replaced an earlier one. */
public record DuesBaseView(long memberId, int year, DuesGroup group, BigDecimal base, BigDecimal monthlyAmount,
                           long setBy, Instant setAt, boolean replaced) {
}
