package org.dangjian.contracts.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A member earned class hours in the Party school (a course finished, an exam passed, a lecture
 * attended): {@code hours} may have one decimal. Keyed by the member. learning-service (to come)
 * publishes it; points-service turns it into points by its rules.
 */
public record LearningHoursEarned(long memberId, BigDecimal hours, String activity, LocalDate earnedOn)
        implements IntegrationEvent {
    public static final String TYPE = "dj.learning.hours-earned.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.LEARNING;
    }

    @Override
    public String eventSubject() {
        return Long.toString(memberId);
    }
}
