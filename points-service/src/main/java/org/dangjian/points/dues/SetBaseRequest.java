package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A member's dues base for a year: after-tax pay (employed), pension (retired), the monthly amount itself
 * (farmers, 0.20-1.00); students and the unemployed need none. The group is asked only when the roster holds no
 * occupation for the member.
 */
public record SetBaseRequest(
        @Schema(example = "1893456789012345680") @NotNull Long memberId,
        @Schema(description = "年份：上一年、本年或下一年。Last year, this year or next year.", example = "2026")
        @NotNull Integer year,
        @Schema(description = "党费类别：由党员的工作岗位确定，党员档案已有工作岗位时不必填写（填写的类别与工作岗位不符则拒绝）；"
                + "档案中没有工作岗位时须填写。Follows from the member's occupation: leave it out when the member's record"
                + " has one (a group contradicting it is refused); required only when the record has no occupation.",
                example = "EMPLOYED")
        DuesGroup group,
        @Schema(description = "基数：在职为税后月工资，离退休为月养老金，农民党员为每月交纳金额（0.20-1.00），学生和下岗失业不填。"
                + "After-tax monthly pay, the monthly pension, or for farmers the monthly amount itself; none for students and the unemployed.",
                example = "6500.00")
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal base) {
}
