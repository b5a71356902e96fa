package org.dangjian.contracts.points;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * points-service's daily watch found a member who needs their branch's attention: no organisational
 * life for {@code months} months ({@code kind} NO_ORG_LIFE), or dues unpaid for {@code months}
 * consecutive months (DUES_UNPAID). {@code level} is WARN, or FLAG at six months: the point where the
 * rules treat a member as having left the Party, which only people may decide. Raised once per warning
 * and again if it escalates to FLAG; keyed by the member.
 */
public record PointsWarningRaised(long warningId, long memberId, String memberName, long orgId, String orgPath,
                                  String kind, String level, int months, LocalDate since) implements IntegrationEvent {
    public static final String TYPE = "dj.points.warning-raised.v1";

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
