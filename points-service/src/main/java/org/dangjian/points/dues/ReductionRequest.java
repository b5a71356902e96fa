package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "1893456789012345680") @NotNull Long memberId,
        @Schema(description = "年份，该年须已设定基数。The year; its base must be set.", example = "2026") @NotNull Integer year,
        @Schema(description = "起始月份。The first month.", example = "4") @NotNull @Min(1) @Max(12) Integer fromMonth,
        @Schema(description = "结束月份，默认12月。The last month, December by default.", example = "12") @Min(1) @Max(12) Integer toMonth,
        @Schema(description = "减免后每月交纳金额，0 为免交，须低于标准金额。The reduced monthly amount, 0 for an exemption; below the standard amount.",
                example = "0.20")
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal monthlyAmount,
        @Schema(description = "减免原因。Why.", example = "因病长期住院，家庭经济困难") @NotBlank @Size(max = 200) String reason,
        @Schema(description = "批准的组织或会议。Who approved it.", example = "玉山镇第一党支部支部委员会") @NotBlank @Size(max = 200) String approvedBy,
        @Schema(description = "批准日期。When it was approved.", example = "2026-03-20") @NotNull @PastOrPresent LocalDate approvedOn) {

    public ReductionRequest {
        toMonth = toMonth == null ? Integer.valueOf(12) : toMonth;
        reason = reason == null ? null : reason.strip();
        approvedBy = approvedBy == null ? null : approvedBy.strip();
    }
}
