package org.dangjian.points.dues;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's payment as the branch received it: the months it covers ({@code yyyy-MM}), the total
 * handed over for all of them (as on the receipt) and the day it was paid.
 */
public record PaymentRequest(
        @NotNull Long memberId,
        @NotEmpty @Size(max = 24) List<@NotNull String> months,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull @PastOrPresent LocalDate paidOn) {
}
