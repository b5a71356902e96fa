package org.dangjian.points.meeting;

import java.util.List;
import java.util.Map;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.points.ledger.ActivityType;
import org.springframework.stereotype.Service;

/** A meeting in the caller's scope with its attendees' leave and check-in. */
@Service
class MeetingQuery {
    private final MeetingPlanning planning;
    private final MeetingAttendeeMapper attendees;
    private final MemberRoster roster;

    MeetingQuery(MeetingPlanning planning, MeetingAttendeeMapper attendees, MemberRoster roster) {
        this.planning = planning;
        this.attendees = attendees;
        this.roster = roster;
    }

    MeetingView one(long meetingId) {
        Meeting m = planning.find(meetingId);
        List<MeetingAttendee> rows = attendees.ofMeeting(meetingId);
        Map<Long, MemberRef> names = roster.findAll(rows.stream().map(MeetingAttendee::getMemberId).toList());
        return new MeetingView(m.getId(), m.getOrgId(), ActivityType.valueOf(m.getType()), m.getStartsAt(), m.getPlace(),
                m.getTopic(), MeetingStatus.valueOf(m.getStatus()), m.getActivityId(), rows.stream()
                .map(a -> new MeetingView.Attendee(a.getMemberId(),
                        names.containsKey(a.getMemberId()) ? names.get(a.getMemberId()).name() : null,
                        a.getLeaveStatus() == null ? null : LeaveStatus.valueOf(a.getLeaveStatus()), a.getLeaveReason(),
                        a.getCheckedInAt(), a.getCheckedInHow() == null ? null : CheckInHow.valueOf(a.getCheckedInHow())))
                .toList());
    }
}
