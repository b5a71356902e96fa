package org.dangjian.contracts.cadre;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * An organisation confirmed its cadres for a quarter (按季度更新) in cadre-service: {@code quarter} as
 * {@code 2026-Q4}, the update's {@code dueOn}, the day it was confirmed, whether that was in time, and how many
 * posts the organisation had held when it confirmed. Once per organisation and quarter. Supervision counts it.
 * Keyed by the organisation.
 */
public record CadreQuarterConfirmed(long orgId, String orgPath, String quarter, LocalDate dueOn,
                                    LocalDate confirmedOn, boolean onTime, int posts) implements IntegrationEvent {
    public static final String TYPE = "dj.cadre.quarter-confirmed.v1";

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
