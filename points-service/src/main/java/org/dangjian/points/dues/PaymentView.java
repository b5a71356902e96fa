package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a payment recorded, month by month: what was due, what was paid, and whether on time. */
public record PaymentView(long memberId, LocalDate paidOn, BigDecimal amount, List<Month> months) {

    @Schema(name = "DuesPaidMonth", description = "一个月的应交、实交及是否按时。One month: due, paid and whether on time.")
    public record Month(@Schema(description = "月份 yyyy-MM。The month.", example = "2026-09") YearMonth month, BigDecimal due, BigDecimal paid, boolean onTime) {
    }
}
