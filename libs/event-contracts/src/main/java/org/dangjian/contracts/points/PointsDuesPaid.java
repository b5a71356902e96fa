package org.dangjian.contracts.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A branch recorded a member's dues payment in points-service: the months it covers in order, the last
 * of them ({@code paidUntil}, what the letter of introduction prints as 党费已交到), the total handed over
 * and the day it was paid. Written in the same transaction as the payment; keyed by the member. Read by
 * transfer-service (the letter's dues month) and supervision (dues records).
 */
public record PointsDuesPaid(long memberId, long orgId, String orgPath, List<YearMonth> months, YearMonth paidUntil,
                             BigDecimal amount, LocalDate paidOn) implements IntegrationEvent {
    public static final String TYPE = "dj.points.dues-paid.v1";

    public PointsDuesPaid {
        months = List.copyOf(months);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.POINTS;
    }

    @Override
    public String eventSubject() {
        return Long.toString(memberId);
    }
}
