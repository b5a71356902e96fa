package org.dangjian.contracts.cadre;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * An organisation has not confirmed its cadres for {@code quarter} ({@code 2026-Q4}, named {@code quarterLabel}:
 * 2026年第四季度) and the update was due on
 * {@code dueOn}: cadre-service's daily run says so once, then again each week while it stays unconfirmed.
 * notify-service makes it an item of the daily digest of the organisation's administrators and of those above it
 * (the superior sees who lags). Keyed by the organisation.
 */
public record CadreQuarterOverdue(long orgId, String orgPath, String quarter, String quarterLabel, LocalDate dueOn)
        implements IntegrationEvent {
    public static final String TYPE = "dj.cadre.quarter-overdue.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.CADRE;
    }

    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
