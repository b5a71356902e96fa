package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "1893456789012345680") @NotNull Long memberId,
        @ArraySchema(arraySchema = @Schema(description = "交纳的月份 yyyy-MM，最多补交前6个月。The months paid for, as yyyy-MM; at most six months back."),
                schema = @Schema(example = "2026-03"))
        @NotEmpty @Size(max = 24) List<@NotNull String> months,
        @Schema(description = "实交总额（与收据一致），不少于应交。The total handed over, as on the receipt; at least what is due.",
                example = "13.00")
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Schema(description = "交纳日期。The day it was paid.", example = "2026-03-28") @NotNull @PastOrPresent LocalDate paidOn) {
}
