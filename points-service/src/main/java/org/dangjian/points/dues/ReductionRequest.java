package org.dangjian.points.dues;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reduction of a member's monthly dues, or an exemption at 0, for months {@code fromMonth} to
 * {@code toMonth} (default: December) of a year, as the committee approved it.
 */
public record ReductionRequest(
        @NotNull Long memberId,
        @NotNull Integer year,
        @NotNull @Min(1) @Max(12) Integer fromMonth,
        @Min(1) @Max(12) Integer toMonth,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal monthlyAmount,
        @NotBlank @Size(max = 200) String reason,
        @NotBlank @Size(max = 200) String approvedBy,
        @NotNull @PastOrPresent LocalDate approvedOn) {

    public ReductionRequest {
        toMonth = toMonth == null ? Integer.valueOf(12) : toMonth;
        reason = reason == null ? null : reason.strip();
        approvedBy = approvedBy == null ? null : approvedBy.strip();
    }
}
