package org.dangjian.points.meeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.points.venue.KnownVenue;
import org.dangjian.points.venue.VenueCopy;
import org.springframework.stereotype.Service;

/** A meeting in the caller's scope with its attendees' leave and check-in. */
@Service
class MeetingQuery {
    private final MeetingPlanning planning;
    private final MeetingAttendeeMapper attendees;
    private final MemberRoster roster;
    private final JdbcClient jdbc;
    private final VenueCopy venues;

    MeetingQuery(MeetingPlanning planning, MeetingAttendeeMapper attendees, MemberRoster roster, JdbcClient jdbc,
                 VenueCopy venues) {
        this.venues = venues;
        this.planning = planning;
        this.attendees = attendees;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /**
     * The caller's own invitations (none for a caller who is not a member). The meetings are read without
     * the scope, which shows a member no meeting row at all: the invitations, found in the member's scope,
     * are what entitle them to these.
     */
    PageResult<MyMeetingView> mine(CurrentUser caller, PageQuery page) {
        if (caller.memberId() == null) {
            return PageResult.of(List.of(), 0, page);
        }
        List<MeetingAttendee> mine = attendees.ofMember(caller.memberId(), page.size(), page.offset());
        if (mine.isEmpty()) {
            return PageResult.of(List.of(), attendees.countOfMember(caller.memberId()), page);
        }
        Map<Long, Meeting> meetings = jdbc.sql("SELECT id, type, starts_at, venue_id, place, topic, status FROM meeting WHERE id IN (:ids)")
                .param("ids", mine.stream().map(MeetingAttendee::getMeetingId).toList())
                .query((rs, n) -> {
                    Meeting m = new Meeting();
                    m.setId(rs.getLong("id"));
                    m.setType(rs.getString("type"));
                    m.setStartsAt(rs.getTimestamp("starts_at").toLocalDateTime());
                    m.setVenueId(rs.getObject("venue_id", Long.class));
                    m.setPlace(rs.getString("place"));
                    m.setTopic(rs.getString("topic"));
                    m.setStatus(rs.getString("status"));
                    return m;
                }).list().stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        Map<Long, KnownVenue> where = venues.findAll(meetings.values().stream().map(Meeting::getVenueId)
                .filter(Objects::nonNull).distinct().toList());
        return PageResult.of(mine.stream().filter(a -> meetings.containsKey(a.getMeetingId())).map(a -> {
            Meeting m = meetings.get(a.getMeetingId());
            return new MyMeetingView(m.getId(), ActivityType.valueOf(m.getType()), m.getStartsAt(), m.getPlace(),
                    venueOf(m, where), m.getTopic(), MeetingStatus.valueOf(m.getStatus()),
                    a.getLeaveStatus() == null ? null : LeaveStatus.valueOf(a.getLeaveStatus()), a.getLeaveReason(),
                    a.getLeaveDecisionReason(), a.getCheckedInAt());
        }).toList(), attendees.countOfMember(caller.memberId()), page);
    }

    MeetingView one(long meetingId) {
        Meeting m = planning.find(meetingId);
        List<MeetingAttendee> rows = attendees.ofMeeting(meetingId);
        Map<Long, MemberRef> names = roster.findAll(rows.stream().map(MeetingAttendee::getMemberId).toList());
        Map<Long, KnownVenue> where = m.getVenueId() == null ? Map.of() : venues.findAll(List.of(m.getVenueId()));
        return new MeetingView(m.getId(), m.getOrgId(), ActivityType.valueOf(m.getType()), m.getStartsAt(), m.getPlace(),
                venueOf(m, where), m.getTopic(), MeetingStatus.valueOf(m.getStatus()), m.getActivityId(), rows.stream()
                .map(a -> new MeetingView.Attendee(a.getMemberId(),
                        names.containsKey(a.getMemberId()) ? names.get(a.getMemberId()).name() : null,
                        a.getLeaveStatus() == null ? null : LeaveStatus.valueOf(a.getLeaveStatus()), a.getLeaveReason(),
                        a.getLeaveDecisionReason(), a.getCheckedInAt(),
                        a.getCheckedInHow() == null ? null : CheckInHow.valueOf(a.getCheckedInHow())))
                .toList());
    }

    private static MeetingView.Venue venueOf(Meeting m, Map<Long, KnownVenue> known) {
        KnownVenue v = m.getVenueId() == null ? null : known.get(m.getVenueId());
        return v == null ? null : new MeetingView.Venue(v.venueId(), v.orgId(), v.name(), v.address(), v.removed());
    }
}
