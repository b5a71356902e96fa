package org.dangjian.contracts.points;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A branch's organisational life is on record: recorded afterwards, or completed from a planned meeting
 * ({@code meetingId}, else null). Carries the attendance so that a consumer (supervision, the Party
 * school) needs no call back. Keyed by the activity.
 */
public record PointsActivityRecorded(long activityId, Long meetingId, long orgId, String orgPath, String type,
                                     LocalDate heldOn, String topic, List<Long> presentMemberIds,
                                     List<Long> excusedMemberIds, List<Long> absentMemberIds) implements IntegrationEvent {
    public static final String TYPE = "dj.points.activity-recorded.v1";

    public PointsActivityRecorded {
        presentMemberIds = presentMemberIds == null ? List.of() : List.copyOf(presentMemberIds);
        excusedMemberIds = excusedMemberIds == null ? List.of() : List.copyOf(excusedMemberIds);
        absentMemberIds = absentMemberIds == null ? List.of() : List.copyOf(absentMemberIds);
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
        return Long.toString(activityId);
    }
}
