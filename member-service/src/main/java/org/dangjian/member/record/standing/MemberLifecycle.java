package org.dangjian.member.record.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.member.record.LeaveReason;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.NewMembers;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.FieldChange;
import org.dangjian.member.record.history.MemberChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The member lifecycle, one explicit action each: confirmation (转正), extension of probation, suspension
 * (停止党籍) and restoration, leaving with a coded reason, mobility (流动党员) started and ended, arrival by
 * transfer. Whoever asks (an administrator's route, a recruitment or transfer event), each action checks
 * its rule, keeps the record's history and announces {@code member.status-changed.v2}. It runs in the
 * caller's transaction on a member the caller loaded and is deliberately not transactional itself, so
 * that an event handler can catch a refusal without the shared transaction being marked for rollback.
 */
@Component
public class MemberLifecycle {
    public static final String MEMBER_STATUS_TRANSITION_INVALID = "MEMBER_STATUS_TRANSITION_INVALID";
    static final String MEMBER_PROBATION_NOT_OVER = "MEMBER_PROBATION_NOT_OVER";
    static final String MEMBER_PROBATION_ALREADY_EXTENDED = "MEMBER_PROBATION_ALREADY_EXTENDED";
    static final String MEMBER_PROBATION_EXTENSION_LENGTH = "MEMBER_PROBATION_EXTENSION_LENGTH";
    static final String MEMBER_CONFIRMED_THROUGH_RECRUITMENT = "MEMBER_CONFIRMED_THROUGH_RECRUITMENT";
    static final String MEMBER_REGION_INVALID = "MEMBER_REGION_INVALID";
    static final String MEMBER_LEAVE_REASON_NOT_BY_HAND = "MEMBER_LEAVE_REASON_NOT_BY_HAND";
    static final String MEMBER_STATUS_DATE_BEFORE_JOIN = "MEMBER_STATUS_DATE_BEFORE_JOIN";
    static final String MEMBER_DATE_IN_FUTURE = "MEMBER_DATE_IN_FUTURE";

    private final MemberChanges changes;
    private final EventOutbox outbox;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    public MemberLifecycle(MemberChanges changes, EventOutbox outbox, Clock clock) {
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * 转正 through {@code recruitment.confirmed}: decided on {@code decisionDate}, full membership from the end
     * of probation. Refused before one full year (or the extension) is over.
     */
    public void confirmThroughRecruitment(Member m, LocalDate decisionDate, ChangeActor actor) {
        requireActiveProbationary(m, "CONFIRMED");
        LocalDate end = ProbationRules.end(m.getJoinDate(), m.getProbationExtendedTo());
        LocalDate decided = decisionDate != null ? decisionDate : today();
        if (decided.isBefore(end)) {
            throw ApiException.invalidField("date", MEMBER_PROBATION_NOT_OVER, end);
        }
        confirm(m, end, null, decided, actor);
    }

    /**
     * 转正 of a member registered before the platform, as their branch decided it: the branch meeting's date
     * and the end of probation, which becomes the full-membership date. Members admitted through
     * recruitment are confirmed by recruitment-service only.
     */
    public void confirmAsRecorded(Member m, LocalDate meetingDate, LocalDate fullDate, ChangeActor actor) {
        if (m.getApplicantId() != null) {
            throw new ApiException(HttpStatus.CONFLICT, MEMBER_CONFIRMED_THROUGH_RECRUITMENT,
                    List.of(new FieldProblem("standing", MEMBER_CONFIRMED_THROUGH_RECRUITMENT)));
        }
        requireActiveProbationary(m, "CONFIRMED");
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        if (fullDate.isAfter(today)) {
            problems.add(new FieldProblem("fullDate", MEMBER_DATE_IN_FUTURE));
        } else if (!ProbationRules.probationOverBy(m.getJoinDate(), m.getProbationExtendedTo(), fullDate)) {
            problems.add(new FieldProblem("fullDate", MEMBER_PROBATION_NOT_OVER));
        }
        if (meetingDate.isAfter(today)) {
            problems.add(new FieldProblem("meetingDate", MEMBER_DATE_IN_FUTURE));
        } else if (meetingDate.isBefore(m.getJoinDate())) {
            problems.add(new FieldProblem("meetingDate", MEMBER_STATUS_DATE_BEFORE_JOIN));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
        }
        confirm(m, fullDate, meetingDate, meetingDate, actor);
    }

    private void confirm(Member m, LocalDate fullDate, LocalDate meetingDate, LocalDate decided, ChangeActor actor) {
        apply(m, MemberStatusChangedV2.CONFIRMED, decided, null, actor, x -> {
            x.setStanding(PartyStanding.FULL);
            x.setFullDate(fullDate);
            x.setConfirmationMeetingDate(meetingDate);
            return x;
        });
    }

    /** Probation extended once, by 6 to 12 months past the regular end; a second extension is refused. */
    public void extendProbation(Member m, LocalDate extendedTo, LocalDate decisionDate, String note, ChangeActor actor) {
        requireActiveProbationary(m, "PROBATION_EXTENDED");
        if (m.getProbationExtendedTo() != null) {
            throw new ApiException(HttpStatus.CONFLICT, MEMBER_PROBATION_ALREADY_EXTENDED,
                    List.of(new FieldProblem("extendedTo", MEMBER_PROBATION_ALREADY_EXTENDED)), m.getProbationExtendedTo());
        }
        if (extendedTo == null || !ProbationRules.extensionLengthAllowed(m.getJoinDate(), extendedTo)) {
            throw ApiException.invalidField("extendedTo", MEMBER_PROBATION_EXTENSION_LENGTH,
                    ProbationRules.EXTENSION_MIN_MONTHS, ProbationRules.EXTENSION_MAX_MONTHS);
        }
        apply(m, MemberStatusChangedV2.PROBATION_EXTENDED, decisionDate, note, actor, x -> {
            x.setProbationExtendedTo(extendedTo);
            return x;
        });
    }

    /** 停止党籍: the standing is kept, to be restored exactly. */
    public void suspend(Member m, LocalDate date, String note, ChangeActor actor) {
        requireState(m, MembershipState.ACTIVE, MembershipState.SUSPENDED);
        apply(m, MemberStatusChangedV2.SUSPENDED, date, note, actor, x -> {
            x.setState(MembershipState.SUSPENDED);
            return x;
        });
    }

    /** 恢复党籍: back on the roll with the standing the suspension interrupted. */
    public void restore(Member m, LocalDate date, String note, ChangeActor actor) {
        requireState(m, MembershipState.SUSPENDED, MembershipState.ACTIVE);
        apply(m, MemberStatusChangedV2.RESTORED, date, note, actor, x -> {
            x.setState(MembershipState.ACTIVE);
            return x;
        });
    }

    /**
     * Leaving, for a coded reason: from the roll or a suspension. Cancelling probationary membership is for a
     * probationary member only. Mobility ends with it.
     */
    public void leave(Member m, LeaveReason reason, LocalDate date, String note, ChangeActor actor) {
        if (m.getState() != MembershipState.ACTIVE && m.getState() != MembershipState.SUSPENDED) {
            throw refused(m, MembershipState.LEFT.name());
        }
        if (reason == LeaveReason.PROBATION_CANCELLED && m.getStanding() != PartyStanding.PROBATIONARY) {
            throw refused(m, reason.name());
        }
        apply(m, MemberStatusChangedV2.LEFT, date, note, actor, x -> {
            x.setState(MembershipState.LEFT);
            x.setLeaveReason(reason);
            x.setMobile(false);
            return x;
        });
    }

    /** Reasons only the platform's own workflows record: a transfer out, or a record that never had one. */
    public static boolean leaveReasonByHand(LeaveReason reason) {
        return reason != LeaveReason.TRANSFERRED_OUT && reason != LeaveReason.UNSPECIFIED;
    }

    /** 流动党员 from {@code since}, to the GB/T 2260 region {@code region}; again for a mobile member: where they are now. */
    public void startMobility(Member m, String region, LocalDate since, String city, String unit, String contact,
                              ChangeActor actor) {
        requireState(m, MembershipState.ACTIVE, MembershipState.ACTIVE);
        if (!Regions.isValid(region)) {
            throw ApiException.invalidField("region", MEMBER_REGION_INVALID);
        }
        LocalDate from = since != null ? since : today();
        apply(m, MemberStatusChangedV2.MOBILITY_STARTED, from, null, actor, x -> {
            x.setMobile(true);
            x.setMobileRegion(region);
            x.setMobileSince(from);
            x.setMobileCity(blankToNull(city));
            x.setMobileUnit(blankToNull(unit));
            x.setMobileContact(blankToNull(contact));
            return x;
        });
    }

    /** Back at the branch: the flag and the whereabouts are cleared (history keeps them). */
    public void endMobility(Member m, LocalDate date, ChangeActor actor) {
        if (!m.isMobile()) {
            throw refused(m, "MOBILITY_ENDED");
        }
        apply(m, MemberStatusChangedV2.MOBILITY_ENDED, date, null, actor, x -> {
            x.setMobile(false);
            x.setMobileRegion(null);
            x.setMobileSince(null);
            x.setMobileCity(null);
            x.setMobileUnit(null);
            x.setMobileContact(null);
            return x;
        });
    }

    /** A transfer into the city completed: the arriving member is on the roll from {@code date}. */
    public void arrive(Member m, LocalDate date, ChangeActor actor) {
        requireState(m, MembershipState.ARRIVING, MembershipState.ACTIVE);
        apply(m, MemberStatusChangedV2.ARRIVED, date, null, actor, x -> {
            x.setState(MembershipState.ACTIVE);
            return x;
        });
    }

    private void requireActiveProbationary(Member m, String change) {
        if (m.getState() != MembershipState.ACTIVE || m.getStanding() != PartyStanding.PROBATIONARY) {
            throw refused(m, change);
        }
    }

    private static void requireState(Member m, MembershipState from, MembershipState to) {
        if (m.getState() != from) {
            throw refused(m, to.name());
        }
    }

    /** 409 naming what the member is and what was asked, so that the client can say why. */
    private static ApiException refused(Member m, String to) {
        String from = m.getStanding().name() + " " + m.getState().name() + (m.isMobile() ? " MOBILE" : "");
        String fromLabel = m.getState() == MembershipState.ACTIVE ? m.getStanding().label() : m.getState().label();
        return new ApiException(HttpStatus.CONFLICT, MEMBER_STATUS_TRANSITION_INVALID,
                List.of(new FieldProblem("status", from + " -> " + to)), fromLabel, to, from, to);
    }

    /** Applies {@code change} with its date and note, records each field that moved, announces the change. */
    private void apply(Member m, String change, LocalDate date, String note, ChangeActor actor,
                       Function<Member, Member> mutate) {
        LocalDate effective = date != null ? date : today();
        if (m.getJoinDate() != null && effective.isBefore(m.getJoinDate())) {
            throw ApiException.invalidField("date", MEMBER_STATUS_DATE_BEFORE_JOIN);
        }
        MembershipStatus before = NewMembers.statusOf(m);
        Map<String, Object> old = fields(m);
        mutate.apply(m);
        m.setStatusReason(blankToNull(note));
        m.setStatusDate(effective);
        Map<String, Object> now = fields(m);
        List<FieldChange> changed = new ArrayList<>();
        old.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                changed.add(FieldChange.of(field, value, now.get(field)));
            }
        });
        changes.commit(m, actor, changed);
        outbox.add(new MemberStatusChangedV2(m.getId(), m.getOrgId(), m.getOrgPath(), change, before,
                NewMembers.statusOf(m), m.getStatusReason(), effective));
    }

    /** The fields a lifecycle action may change, by their API names (as history shows them). */
    private static Map<String, Object> fields(Member m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("standing", m.getStanding());
        f.put("state", m.getState());
        f.put("leaveReason", m.getLeaveReason());
        f.put("statusReason", m.getStatusReason());
        f.put("statusDate", m.getStatusDate());
        f.put("fullDate", m.getFullDate());
        f.put("probationExtendedTo", m.getProbationExtendedTo());
        f.put("confirmationMeetingDate", m.getConfirmationMeetingDate());
        f.put("mobile", m.isMobile());
        f.put("mobileRegion", m.getMobileRegion());
        f.put("mobileSince", m.getMobileSince());
        f.put("mobileCity", m.getMobileCity());
        f.put("mobileUnit", m.getMobileUnit());
        f.put("mobileContact", m.getMobileContact());
        return f;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
