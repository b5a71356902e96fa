package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member's own dues in a year, month by month: what is due, what was paid and when, what is owed. */
@Schema(name = "MyDues", description = "本人一年的党费：每月应交、已交及交纳日期、欠交情况。A member's own dues in a year, month by month.")
public record MyDuesView(
        @Schema(description = "年度。The year.", example = "2026") int year,
        @Schema(description = "按基数每月应交的金额；支部尚未核定基数时为空。The monthly amount by the base; absent until the branch sets the base.",
                example = "30.00") BigDecimal monthlyAmount,
        @Schema(description = "已交月数。Months paid.", example = "10") int paidMonths,
        @Schema(description = "欠交月数（本月之前应交未交）。Months owed: due before this month and not paid.", example = "1") int owedMonths,
        @Schema(description = "欠交金额。The amount owed.", example = "30.00") BigDecimal owedAmount,
        @Schema(description = "各月情况，1至12月；未核定基数的年度为空。Each month, January to December; empty for a year without a base.")
        List<Month> months) {

    @Schema(name = "MyDuesMonth", description = "一个月的党费。One month's dues.")
    public record Month(
            @Schema(description = "月份（1-12）。The month.", example = "11") int month,
            @Schema(description = "应交金额（减免后）；入党前的月份为空。Due, after any reduction; absent before admission.",
                    example = "30.00") BigDecimal due,
            @Schema(description = "是否按减免后的金额计。Whether a reduction set the amount.") boolean reduced,
            @Schema(description = "实交金额。Paid.", example = "30.00") BigDecimal paid,
            @Schema(description = "交纳日期。When it was paid.") LocalDate paidOn,
            @Schema(description = "状态。The month's standing.") MonthStatus status,
            @Schema(description = "状态名称。The standing by name.", example = "已交") String statusName) {
    }

    /** Where a month stands for the member. */
    @Schema(name = "MyDuesMonthStatus", description = "PAID: 已交; OWED: 欠交; DUE: 待交; EXEMPT: 免交; NOT_DUE: 无需交纳")
    public enum MonthStatus {
        /** Paid. */
        PAID("已交"),
        /** Due before this month and not paid. */
        OWED("欠交"),
        /** This month or later, not paid yet. */
        DUE("待交"),
        /** A reduction to 0. */
        EXEMPT("免交"),
        /** Before the member joined. */
        NOT_DUE("无需交纳");

        private final String label;

        MonthStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
