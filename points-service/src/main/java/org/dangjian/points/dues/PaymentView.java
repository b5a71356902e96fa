package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a payment recorded, month by month: what was due, what was paid, and whether on time. */
public record PaymentView(long memberId, LocalDate paidOn, BigDecimal amount, List<Month> months) {

    public record Month(YearMonth month, BigDecimal due, BigDecimal paid, boolean onTime) {
    }
}
