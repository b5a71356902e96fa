package org.dangjian.points.meeting;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.contracts.points.PointsMeetingAnnounced;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.points.roster.RosterMember;
import org.dangjian.points.roster.RosterMemberMapper;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A branch plans a meeting, which is announced to its attendees ({@code points.meeting-announced}) in the
 * same transaction, and may call it off before it starts (announced again, cancelled).
 */
@Service
class MeetingPlanning {
    private final OrgDirectory orgs;
    private final RosterMemberMapper roster;
    private final MeetingMapper meetings;
    private final MeetingAttendeeMapper attendees;
    private final JdbcTemplate jdbcTemplate;
    private final EventOutbox outbox;
    private final MeetingPlace.Resolver places;
    private final Clock clock;

    MeetingPlanning(OrgDirectory orgs, RosterMemberMapper roster, MeetingMapper meetings, MeetingAttendeeMapper attendees,
                    JdbcTemplate jdbcTemplate, EventOutbox outbox, MeetingPlace.Resolver places, Clock clock) {
        this.orgs = orgs;
        this.places = places;
        this.roster = roster;
        this.meetings = meetings;
        this.attendees = attendees;
        this.jdbcTemplate = jdbcTemplate;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Administrators only (the controller says so), for a branch in their subtree. */
    @Transactional
    public long plan(PlanMeetingRequest r, CurrentUser caller) {
        OrgRef org = orgs.findInScope(r.orgId(), caller);
        if (!org.holdsMembers() || org.dissolved()) {
            throw ApiException.invalidField("orgId", MeetingProblems.NOT_A_BRANCH);
        }
        MeetingPlace place = places.of(r, org);
        List<Long> who = attendeesOf(r, org);
        Meeting meeting = new Meeting();
        meeting.setOrgId(org.orgId());
        meeting.setOrgPath(org.path());
        meeting.setType(r.type().name());
        meeting.setStartsAt(r.startsAt());
        meeting.setVenueId(place.venueId());
        meeting.setPlace(place.readable());
        meeting.setTopic(r.topic());
        meeting.setStatus(MeetingStatus.PLANNED.name());
        meeting.setCheckInKey(CheckInCodes.newKey());
        meeting.setPlannedBy(caller.accountId());
        meeting.setCreatedAt(clock.instant());
        meetings.insert(meeting);
        jdbcTemplate.batchUpdate("INSERT INTO meeting_attendee (meeting_id, member_id, org_path) VALUES (?, ?, ?)",
                who.stream().map(m -> new Object[] {meeting.getId(), m, org.path()}).toList());
        outbox.add(announcement(meeting, org, who, false));
        return meeting.getId();
    }

    /** Called off before it starts; the attendees are told. */
    @Transactional
    public void cancel(long meetingId, CurrentUser caller) {
        Meeting meeting = find(meetingId);
        if (!MeetingStatus.PLANNED.name().equals(meeting.getStatus())) {
            throw ApiException.conflict(MeetingProblems.NOT_PLANNED);
        }
        if (!LocalDateTime.now(clock).isBefore(meeting.getStartsAt())) {
            throw ApiException.conflict(MeetingProblems.ALREADY_STARTED);
        }
        meeting.setStatus(MeetingStatus.CANCELLED.name());
        meetings.updateById(meeting);
        List<Long> who = attendees.ofMeeting(meetingId).stream().map(MeetingAttendee::getMemberId).toList();
        OrgRef org = orgs.findInScope(meeting.getOrgId(), caller);
        outbox.add(announcement(meeting, org, who, true));
    }

    /** A meeting in the caller's scope; one outside it is not found, like one that does not exist. */
    Meeting find(long meetingId) {
        Meeting meeting = meetings.selectById(meetingId);
        if (meeting == null) {
            throw ApiException.notFound(MeetingProblems.NOT_FOUND);
        }
        return meeting;
    }

    /** Those named, each an active member of the branch; none named: every active member of the branch. */
    private List<Long> attendeesOf(PlanMeetingRequest r, OrgRef org) {
        Map<Long, MemberRef> active = new LinkedHashMap<>();
        roster.selectList(Wrappers.<RosterMember>lambdaQuery().eq(RosterMember::getOrgId, org.orgId())
                        .orderByAsc(RosterMember::getMemberId)).stream()
                .map(RosterMember::toRef).filter(MemberRef::active).forEach(m -> active.put(m.memberId(), m));
        if (r.attendeeMemberIds().isEmpty()) {
            if (active.isEmpty()) {
                throw ApiException.invalidField("attendeeMemberIds", MeetingProblems.NO_ATTENDEES);
            }
            return List.copyOf(active.keySet());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < r.attendeeMemberIds().size(); i++) {
            Long m = r.attendeeMemberIds().get(i);
            if (!seen.add(m)) {
                problems.add(new FieldProblem("attendeeMemberIds[" + i + "]", MeetingProblems.MEMBER_TWICE));
            } else if (!active.containsKey(m)) {
                problems.add(new FieldProblem("attendeeMemberIds[" + i + "]", MeetingProblems.NOT_IN_BRANCH));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        return List.copyOf(r.attendeeMemberIds());
    }

    private static PointsMeetingAnnounced announcement(Meeting m, OrgRef org, List<Long> who, boolean cancelled) {
        ActivityType type = ActivityType.valueOf(m.getType());
        return new PointsMeetingAnnounced(m.getId(), org.orgId(), org.path(), org.name(), type.name(), type.label(),
                m.getStartsAt(), m.getPlace(), m.getTopic(), who, cancelled);
    }
}
