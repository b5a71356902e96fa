package org.dangjian.points.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.dangjian.kit.orgs.OrgDirectory;
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
    private final OrgDirectory orgs;

    MeetingQuery(MeetingPlanning planning, MeetingAttendeeMapper attendees, MemberRoster roster, JdbcClient jdbc,
                 VenueCopy venues, OrgDirectory orgs) {
        this.venues = venues;
        this.orgs = orgs;
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

    /**
     * The meetings of the caller's subtree (or of {@code orgId}'s), latest start first, optionally of one status or
     * starting on or after a day; attendees counted in the same query (no read per meeting).
     */
    PageResult<MeetingSummaryView> list(Long orgId, MeetingStatus status, LocalDate from, PageQuery page, CurrentUser caller) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (orgId != null) {
            where.append(" AND ").append(SubtreePaths.under("m.org_path", "path"));
            p.put("path", orgs.findInScope(orgId, caller).path());
        }
        if (status != null) {
            where.append(" AND m.status = :status");
            p.put("status", status.name());
        }
        if (from != null) {
            where.append(" AND m.starts_at >= :from");
            p.put("from", from.atStartOfDay());
        }
        long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*) FROM meeting m" + where)).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<MeetingSummaryView> items = jdbc.sql(ScopedSql.of(LIST + where
                        + " ORDER BY m.starts_at DESC, m.id DESC LIMIT :limit OFFSET :offset"))
                .params(p)
                .query((rs, n) -> new MeetingSummaryView(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
                        ActivityType.valueOf(rs.getString("type")), rs.getTimestamp("starts_at").toLocalDateTime(),
                        rs.getString("place"), rs.getString("topic"), MeetingStatus.valueOf(rs.getString("status")),
                        rs.getInt("invited"), rs.getInt("leave_pending"), rs.getInt("checked_in"),
                        rs.getObject("activity_id", Long.class)))
                .list();
        return PageResult.of(items, total, page);
    }

    private static final String LIST = "SELECT m.id, m.org_id, o.name AS org_name, m.type, m.starts_at, m.place, m.topic,"
            + " m.status, m.activity_id,"
            + " (SELECT COUNT(*) FROM meeting_attendee a WHERE a.meeting_id = m.id) AS invited,"
            + " (SELECT COUNT(*) FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.leave_status = 'ASKED') AS leave_pending,"
            + " (SELECT COUNT(*) FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.checked_in_at IS NOT NULL) AS checked_in"
            + " FROM meeting m LEFT JOIN org_ref o ON o.org_id = m.org_id";

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
