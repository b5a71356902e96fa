package org.dangjian.points.dues;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A member's dues base for a year: after-tax pay (employed), pension (retired), the monthly amount itself
 * (farmers, 0.20-1.00); students and the unemployed need none.
 */
public record SetBaseRequest(
        @NotNull Long memberId,
        @NotNull Integer year,
        @NotNull DuesGroup group,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal base) {
}
