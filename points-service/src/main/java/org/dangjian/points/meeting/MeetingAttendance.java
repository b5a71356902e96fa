package org.dangjian.points.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.dangjian.contracts.points.PointsMeetingLeaveDecided;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.ledger.ActivityType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is at a meeting: members ask for leave before it starts and the branch decides; during the check-in
 * window (around the start, {@link MeetingProperties}) members check in with the code of the QR code the
 * meeting shows, or the secretary ticks them. One check-in per member.
 */
@Service
@EnableConfigurationProperties(MeetingProperties.class)
class MeetingAttendance {
    private final MeetingPlanning planning;
    private final MeetingAttendeeMapper attendees;
    private final JdbcClient jdbc;
    private final MeetingProperties settings;
    private final OrgDirectory orgs;
    private final EventOutbox outbox;
    private final Clock clock;

    MeetingAttendance(MeetingPlanning planning, MeetingAttendeeMapper attendees, JdbcClient jdbc,
                      MeetingProperties settings, OrgDirectory orgs, EventOutbox outbox, Clock clock) {
        this.orgs = orgs;
        this.outbox = outbox;
        this.planning = planning;
        this.attendees = attendees;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a member may know of a meeting they are asked to attend. */
    private record Held(String status, LocalDateTime startsAt, String checkInKey) {
    }

    /** The member's own invitation, before the meeting starts. */
    @Transactional
    public void askLeave(long meetingId, String reason, CurrentUser caller) {
        Held held = invitationOf(meetingId, caller);
        requirePlanned(held.status());
        if (!LocalDateTime.now(clock).isBefore(held.startsAt())) {
            throw ApiException.conflict(MeetingProblems.ALREADY_STARTED);
        }
        if (attendees.askLeave(meetingId, caller.memberId(), reason.strip()) == 0) {
            throw ApiException.conflict(MeetingProblems.LEAVE_DECIDED);
        }
    }

    /**
     * Administrators only (the controller says so). A refusal gives its reason; the member is told the decision
     * ({@code points.meeting-leave-decided}, in the same transaction).
     */
    @Transactional
    public void decideLeave(long meetingId, long memberId, boolean approved, String reason) {
        if (!approved && reason == null) {
            throw ApiException.invalidField("reason", MeetingProblems.REFUSAL_NEEDS_REASON);
        }
        Meeting meeting = planning.find(meetingId);
        requirePlanned(meeting.getStatus());
        attendeeInScope(meetingId, memberId);
        if (attendees.decideLeave(meetingId, memberId, (approved ? LeaveStatus.APPROVED : LeaveStatus.REFUSED).name(),
                reason) == 0) {
            throw ApiException.conflict(MeetingProblems.NO_LEAVE_ASKED);
        }
        ActivityType type = ActivityType.valueOf(meeting.getType());
        String orgName = orgs.find(meeting.getOrgId()).map(OrgRef::name).orElse(null);
        outbox.add(new PointsMeetingLeaveDecided(meetingId, memberId, meeting.getOrgId(), meeting.getOrgPath(), orgName,
                type.name(), type.label(), meeting.getStartsAt(), meeting.getPlace(), meeting.getTopic(), approved, reason));
    }

    /** Administrators only: a fresh code for the QR code shown at the meeting, while check-in is open. */
    public CheckInCodeView code(long meetingId) {
        Meeting meeting = planning.find(meetingId);
        requirePlanned(meeting.getStatus());
        requireCheckInOpen(meeting.getStartsAt());
        Instant expiresAt = clock.instant().plus(settings.codeLifetime());
        String code = CheckInCodes.sign(meetingId, expiresAt, meeting.getCheckInKey());
        return new CheckInCodeView(code, "pages/meeting/check-in?meetingId=" + meetingId + "&code=" + code, expiresAt);
    }

    /** The member checks in with the code they scanned. */
    @Transactional
    public void checkIn(long meetingId, String code, CurrentUser caller) {
        Held held = invitationOf(meetingId, caller);
        CheckInCodes.Refusal refusal = CheckInCodes.check(code, meetingId, held.checkInKey(), clock.instant());
        if (refusal != null) {
            throw ApiException.invalidField("code", switch (refusal) {
                case MALFORMED, BAD_SIGNATURE -> MeetingProblems.CODE_INVALID;
                case OTHER_MEETING -> MeetingProblems.CODE_OTHER_MEETING;
                case EXPIRED -> MeetingProblems.CODE_EXPIRED;
            });
        }
        requirePlanned(held.status());
        requireCheckInOpen(held.startsAt());
        record(meetingId, caller.memberId(), CheckInHow.CODE);
    }

    /** Administrators only: the secretary ticks a member who is there. */
    @Transactional
    public void tick(long meetingId, long memberId) {
        Meeting meeting = planning.find(meetingId);
        requirePlanned(meeting.getStatus());
        requireCheckInOpen(meeting.getStartsAt());
        attendeeInScope(meetingId, memberId);
        record(meetingId, memberId, CheckInHow.SECRETARY);
    }

    private void record(long meetingId, long memberId, CheckInHow how) {
        if (attendees.checkIn(meetingId, memberId, clock.instant(), how.name()) == 0) {
            throw ApiException.conflict(MeetingProblems.ALREADY_CHECKED_IN);
        }
    }

    /**
     * The caller's own invitation (found within their scope: a member sees only their own rows), then the
     * meeting's time and status. The meeting row is read without the scope, which would show a member no
     * meeting at all: the invitation just found is what entitles them to it.
     */
    private Held invitationOf(long meetingId, CurrentUser caller) {
        if (caller.memberId() == null || attendees.find(meetingId, caller.memberId()) == null) {
            throw ApiException.notFound(MeetingProblems.NOT_FOUND);
        }
        return jdbc.sql("SELECT status, starts_at, check_in_key FROM meeting WHERE id = ?").param(meetingId)
                .query((rs, n) -> new Held(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3)))
                .single();
    }

    private void attendeeInScope(long meetingId, long memberId) {
        if (attendees.find(meetingId, memberId) == null) {
            throw ApiException.notFound(MeetingProblems.NOT_FOUND);
        }
    }

    private void requireCheckInOpen(LocalDateTime startsAt) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(startsAt.minus(settings.checkInOpensBefore())) || now.isAfter(startsAt.plus(settings.checkInClosesAfter()))) {
            throw ApiException.conflict(MeetingProblems.CHECK_IN_CLOSED);
        }
    }

    private static void requirePlanned(String status) {
        if (!MeetingStatus.PLANNED.name().equals(status)) {
            throw ApiException.conflict(MeetingProblems.NOT_PLANNED);
        }
    }
}
