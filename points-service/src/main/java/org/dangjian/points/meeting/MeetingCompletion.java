package org.dangjian.points.meeting;

import java.time.LocalDateTime;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.activity.ActivityRecording;
import org.dangjian.points.activity.Presence;
import org.dangjian.points.activity.RecordActivityRequest;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.points.venue.KnownVenue;
import org.dangjian.points.venue.VenueCopy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once held, the minutes complete a meeting: it is recorded through the same path as a meeting recorded
 * afterwards (points, compliance, {@code points.activity-recorded}), with the attendance taken: checked
 * in = present, approved leave = excused, anyone else absent. Members who have since left the branch are
 * not on its record.
 */
@Service
class MeetingCompletion {
    private final MeetingPlanning planning;
    private final MeetingAttendeeMapper attendees;
    private final MeetingMapper meetings;
    private final MemberRoster roster;
    private final ActivityRecording recording;
    private final VenueCopy venues;
    private final Clock clock;

    MeetingCompletion(MeetingPlanning planning, MeetingAttendeeMapper attendees, MeetingMapper meetings,
                      MemberRoster roster, ActivityRecording recording, VenueCopy venues, Clock clock) {
        this.venues = venues;
        this.planning = planning;
        this.attendees = attendees;
        this.meetings = meetings;
        this.roster = roster;
        this.recording = recording;
        this.clock = clock;
    }

    /** Administrators only (the controller says so). Returns the activity it was recorded as. */
    @Transactional
    public long complete(long meetingId, String minutes, CurrentUser caller) {
        Meeting meeting = planning.find(meetingId);
        if (!MeetingStatus.PLANNED.name().equals(meeting.getStatus())) {
            throw ApiException.conflict(MeetingProblems.NOT_PLANNED);
        }
        if (LocalDateTime.now(clock).isBefore(meeting.getStartsAt())) {
            throw ApiException.conflict(MeetingProblems.NOT_STARTED);
        }
        List<MeetingAttendee> invited = attendees.ofMeeting(meetingId);
        Map<Long, MemberRef> members = roster.findAll(invited.stream().map(MeetingAttendee::getMemberId).toList());
        List<RecordActivityRequest.Attendance> attendance = invited.stream()
                .filter(a -> {
                    MemberRef m = members.get(a.getMemberId());
                    return m != null && m.active() && Objects.equals(m.orgId(), meeting.getOrgId());
                })
                .map(MeetingCompletion::presenceOf).toList();
        long activityId = recording.record(new RecordActivityRequest(meeting.getOrgId(),
                ActivityType.valueOf(meeting.getType()), meeting.getStartsAt().toLocalDate(), recordedPlace(meeting),
                meeting.getTopic(), minutes.strip(), attendance), caller, meetingId);
        meeting.setStatus(MeetingStatus.COMPLETED.name());
        meeting.setActivityId(activityId);
        meetings.updateById(meeting);
        return activityId;
    }

    /** The activity keeps a short place (100 characters): the venue's name, or the text the plan gave. */
    private String recordedPlace(Meeting meeting) {
        return meeting.getVenueId() == null ? meeting.getPlace()
                : venues.find(meeting.getVenueId()).map(KnownVenue::name).orElse(meeting.getPlace());
    }

    static RecordActivityRequest.Attendance presenceOf(MeetingAttendee a) {
        if (a.getCheckedInAt() != null) {
            return new RecordActivityRequest.Attendance(a.getMemberId(), Presence.PRESENT, null);
        }
        if (LeaveStatus.APPROVED.name().equals(a.getLeaveStatus())) {
            return new RecordActivityRequest.Attendance(a.getMemberId(), Presence.EXCUSED, a.getLeaveReason());
        }
        return new RecordActivityRequest.Attendance(a.getMemberId(), Presence.ABSENT, null);
    }
}
