package org.dangjian.contracts.points;

import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A branch planned a meeting (or cancelled one it had announced: {@code cancelled}). Carries what a notice
 * says (when, where, about what, which kind of meeting) and who must attend, so that notify-service
 * tells each attendee without calling back. {@code startsAt} is local time in the platform's zone.
 * Keyed by the meeting, so its announcement comes before its cancellation.
 */
public record PointsMeetingAnnounced(long meetingId, long orgId, String orgPath, String orgName, String type,
                                     String typeLabel, LocalDateTime startsAt, String place, String topic,
                                     List<Long> attendeeMemberIds, boolean cancelled) implements IntegrationEvent {
    public static final String TYPE = "dj.points.meeting-announced.v1";

    public PointsMeetingAnnounced {
        attendeeMemberIds = attendeeMemberIds == null ? List.of() : List.copyOf(attendeeMemberIds);
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
        return Long.toString(meetingId);
    }
}
