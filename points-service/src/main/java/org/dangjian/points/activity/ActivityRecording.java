package org.dangjian.points.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.contracts.points.PointsActivityRecorded;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.points.ledger.EntryKind;
import org.dangjian.points.ledger.Ledger;
import org.dangjian.points.ledger.LedgerEntry;
import org.dangjian.points.totals.Totals;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A branch records an activity with its attendance. In one transaction: the activity, the attendance,
 * one ledger entry per member (source {@code activity:<id>}) and the members' new totals; the rankings
 * follow on commit; {@code points.activity-recorded} announces it through the outbox. Every bad line of the
 * attendance is reported at once, by its index. Public for a planned meeting, which completes through here.
 */
@Service
public class ActivityRecording {
    static final String NOT_A_BRANCH = "POINTS_ORG_NOT_A_BRANCH";
    static final String MEMBER_TWICE = "POINTS_MEMBER_LISTED_TWICE";
    static final String NOT_IN_BRANCH = "POINTS_MEMBER_NOT_IN_BRANCH";
    static final String GUEST_NOT_A_MEMBER = "POINTS_GUEST_NOT_A_MEMBER";
    static final String GUEST_OF_OWN_BRANCH = "POINTS_GUEST_OF_OWN_BRANCH";
    static final String GUEST_NOT_MOBILE = "POINTS_GUEST_NOT_MOBILE";
    static final String REASON_REQUIRED = "POINTS_EXCUSE_REASON_REQUIRED";

    private final OrgDirectory orgs;
    private final MemberRoster roster;
    private final Ledger ledger;
    private final Totals totals;
    private final ActivityMapper activities;
    private final JdbcTemplate jdbcTemplate;
    private final EventOutbox outbox;
    private final Clock clock;

    ActivityRecording(OrgDirectory orgs, MemberRoster roster, Ledger ledger, Totals totals, ActivityMapper activities,
                      JdbcTemplate jdbcTemplate, EventOutbox outbox, Clock clock) {
        this.orgs = orgs;
        this.roster = roster;
        this.ledger = ledger;
        this.totals = totals;
        this.activities = activities;
        this.jdbcTemplate = jdbcTemplate;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Administrators only (the controller says so), for a branch in their subtree. */
    @Transactional
    public long record(RecordActivityRequest r, CurrentUser caller) {
        return record(r, caller, null);
    }

    /** The same, for a planned meeting ({@code meetingId}) that its branch completes. */
    @Transactional
    public long record(RecordActivityRequest r, CurrentUser caller, Long meetingId) {
        OrgRef org = orgs.findInScope(r.orgId(), caller);
        if (!org.holdsMembers() || org.dissolved()) {
            throw ApiException.invalidField("orgId", NOT_A_BRANCH);
        }
        checkAttendance(r, org);
        long id = insertActivity(r, org, caller);
        jdbcTemplate.batchUpdate("INSERT INTO attendance (activity_id, member_id, presence, reason, guest) VALUES (?, ?, ?, ?, ?)",
                r.attendance().stream().map(a -> new Object[] {id, a.memberId(), a.presence().name(),
                        a.presence() == Presence.PRESENT ? null : blankToNull(a.reason()), a.isGuest()}).toList());
        ledger.append(r.attendance().stream().map(a -> new LedgerEntry(a.memberId(), kindOf(a.presence()),
                r.type().name(), BigDecimal.ONE, "activity:" + id, r.date())).toList());
        totals.refresh(r.attendance().stream().map(RecordActivityRequest.Attendance::memberId).toList(),
                r.date().getYear());
        outbox.add(new PointsActivityRecorded(id, meetingId, org.orgId(), org.path(), r.type().name(), r.date(),
                r.topic(), membersWho(r, Presence.PRESENT), membersWho(r, Presence.EXCUSED), membersWho(r, Presence.ABSENT)));
        return id;
    }

    private void checkAttendance(RecordActivityRequest r, OrgRef org) {
        Map<Long, MemberRef> members = roster.findAll(
                r.attendance().stream().map(RecordActivityRequest.Attendance::memberId).toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < r.attendance().size(); i++) {
            RecordActivityRequest.Attendance a = r.attendance().get(i);
            MemberRef m = members.get(a.memberId());
            if (!seen.add(a.memberId())) {
                problems.add(new FieldProblem("attendance[" + i + "].memberId", MEMBER_TWICE));
            } else if (a.isGuest() && (m == null || !m.active())) {
                // a guest may be of any branch of the city: the roster holds the city's members
                problems.add(new FieldProblem("attendance[" + i + "].memberId", GUEST_NOT_A_MEMBER));
            } else if (!a.isGuest() && (m == null || m.orgId() != org.orgId() || !m.active())) {
                problems.add(new FieldProblem("attendance[" + i + "].memberId", NOT_IN_BRANCH));
            } else if (a.isGuest() && m.orgId() == org.orgId()) {
                problems.add(new FieldProblem("attendance[" + i + "].guest", GUEST_OF_OWN_BRANCH));
            } else if (a.isGuest() && !m.mobile()) {
                // only a mobile member (流动党员) takes part where they live rather than with their own branch;
                // whether they live here stays the branch's word: the roster knows mobility, not the place
                problems.add(new FieldProblem("attendance[" + i + "].memberId", GUEST_NOT_MOBILE));
            }
            if (a.presence() == Presence.EXCUSED && blankToNull(a.reason()) == null) {
                problems.add(new FieldProblem("attendance[" + i + "].reason", REASON_REQUIRED));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
    }

    private long insertActivity(RecordActivityRequest r, OrgRef org, CurrentUser caller) {
        Activity activity = new Activity();
        activity.setOrgId(org.orgId());
        activity.setOrgPath(org.path());
        activity.setType(r.type().name());
        activity.setHeldOn(r.date());
        activity.setPlace(r.place());
        activity.setTopic(r.topic());
        activity.setMinutes(r.minutes());
        activity.setRecordedBy(caller.accountId());
        activity.setCreatedAt(clock.instant());
        activities.insert(activity);
        return activity.getId();
    }

    private static List<Long> membersWho(RecordActivityRequest r, Presence presence) {
        return r.attendance().stream().filter(a -> a.presence() == presence)
                .map(RecordActivityRequest.Attendance::memberId).toList();
    }

    private static EntryKind kindOf(Presence presence) {
        return switch (presence) {
            case PRESENT -> EntryKind.ATTENDED;
            case ABSENT -> EntryKind.ABSENT;
            case EXCUSED -> EntryKind.EXCUSED;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
