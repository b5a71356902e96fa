package org.dangjian.member.record.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.MemberStatus;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.FieldChange;
import org.dangjian.member.record.history.MemberChanges;
import org.dangjian.member.record.update.MemberUpdates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a member's standing, whoever asks (an administrator, a recruitment or transfer event): checks
 * the transition, sets the dates (full membership sets {@code fullDate}) and the mobile whereabouts,
 * keeps history and announces {@code member.status-changed}. {@link #change} runs in the caller's
 * transaction on a member the caller loaded; it is deliberately not transactional itself, so that an
 * event handler can catch a refused transition without the shared transaction being marked for rollback.
 */
@Component
public class Standing {
    public static final String MEMBER_STATUS_TRANSITION_INVALID = "MEMBER_STATUS_TRANSITION_INVALID";

    private final MemberService members;
    private final MemberChanges changes;
    private final EventOutbox outbox;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    public Standing(MemberService members, MemberChanges changes, EventOutbox outbox, Clock clock) {
        this.members = members;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An administrator's change, against the version they read; outside their subtree: not found. */
    @Transactional
    public Member changeAsAdministrator(long id, StatusChangeRequest req) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(id);
        MemberUpdates.requireVersion(m, req.version());
        change(m, req.status(), req.date(), req.reason(),
                new Whereabouts(req.mobileCity(), req.mobileUnit(), req.mobileContact()), ChangeActor.of(caller));
        return m;
    }

    /** Where a member went, for a change to MOBILE; null otherwise. */
    public record Whereabouts(String city, String unit, String contact) {
    }

    /**
     * @param to     the new status; the same status is allowed only to record a new reason (a probation
     *               extended stays PROBATIONARY)
     * @throws ApiException 409 {@code MEMBER_STATUS_TRANSITION_INVALID} (from, to) for a move the rules forbid
     */
    public void change(Member m, MemberStatus to, LocalDate date, String reason, Whereabouts whereabouts,
                       ChangeActor actor) {
        MemberStatus from = m.getStatus();
        LocalDate effective = date != null ? date : LocalDate.now(clock);
        if (from != to && !StatusTransitions.allowed(from, to, m.getFullDate() != null)) {
            throw new ApiException(HttpStatus.CONFLICT, MEMBER_STATUS_TRANSITION_INVALID,
                    List.of(new FieldProblem("status", from.name() + " -> " + to.name())), from.label(), to.label(),
                    from.name(), to.name());
        }
        if (m.getJoinDate() != null && effective.isBefore(m.getJoinDate())) {
            throw ApiException.invalidField("date", "MEMBER_STATUS_DATE_BEFORE_JOIN");
        }
        if (to == MemberStatus.MOBILE && (whereabouts == null || isBlank(whereabouts.city()))) {
            throw ApiException.invalidField("mobileCity", "MEMBER_MOBILE_CITY_REQUIRED");
        }
        List<FieldChange> changed = new ArrayList<>();
        set(changed, "status", from, to);
        m.setStatus(to);
        set(changed, "statusReason", m.getStatusReason(), blankToNull(reason));
        m.setStatusReason(blankToNull(reason));
        set(changed, "statusDate", m.getStatusDate(), effective);
        m.setStatusDate(effective);
        if (from == MemberStatus.PROBATIONARY && to == MemberStatus.FULL) {
            set(changed, "fullDate", m.getFullDate(), effective);
            m.setFullDate(effective);
        }
        Whereabouts where = to == MemberStatus.MOBILE ? whereabouts : new Whereabouts(null, null, null);
        set(changed, "mobileCity", m.getMobileCity(), blankToNull(where.city()));
        m.setMobileCity(blankToNull(where.city()));
        set(changed, "mobileUnit", m.getMobileUnit(), blankToNull(where.unit()));
        m.setMobileUnit(blankToNull(where.unit()));
        set(changed, "mobileContact", m.getMobileContact(), blankToNull(where.contact()));
        m.setMobileContact(blankToNull(where.contact()));
        changes.commit(m, actor, changed);
        outbox.add(new MemberStatusChanged(m.getId(), m.getOrgId(), m.getOrgPath(), from.name(), to.name(),
                m.getStatusReason(), effective));
    }

    private static void set(List<FieldChange> changed, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changed.add(FieldChange.of(field, old, now));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
