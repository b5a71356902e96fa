package org.dangjian.contracts.points;

import java.time.LocalDateTime;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A branch decided a member's leave from a planned meeting: {@code approved}, or refused with the branch's
 * {@code reason} (null when approved). Carries what the notice says (which meeting, when, where) so that
 * notify-service tells the member without calling back. {@code startsAt} is local time in the platform's
 * zone. Keyed by the meeting, like its announcement, so a decision never overtakes the meeting's notice.
 */
public record PointsMeetingLeaveDecided(long meetingId, long memberId, long orgId, String orgPath, String orgName,
                                        String type, String typeLabel, LocalDateTime startsAt, String place,
                                        String topic, boolean approved, String reason) implements IntegrationEvent {
    public static final String TYPE = "dj.points.meeting-leave-decided.v1";

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
