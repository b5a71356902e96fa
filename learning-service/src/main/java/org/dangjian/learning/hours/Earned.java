package org.dangjian.learning.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Class hours a member earned from one source (a completed lesson: {@code lesson:<id>}), counted once. */
public record Earned(long memberId, BigDecimal hours, String source, String activity, LocalDate earnedOn) {
}
