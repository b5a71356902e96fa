package org.dangjian.member.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.LeaveReason;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.FieldChange;
import org.dangjian.member.record.history.MemberChanges;
import org.dangjian.member.record.standing.MemberLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code transfer.completed}: within or into the city the member moves to the receiving organisation
 * ({@code member.relocated}); a member arriving by a transfer into the city comes on the roll only now
 * (ARRIVING to ACTIVE, issue 18 item 7; a rejected, expired or cancelled transfer leaves them arriving,
 * never counted); out of the city they become LEFT with reason {@code TRANSFERRED_OUT}. An
 * unknown member or organisation is thrown, so the inbox retries and finally dead-letters: the event is
 * valid, this service is behind.
 */
@Component
class Transfers {
    private static final Logger log = LoggerFactory.getLogger(Transfers.class);

    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final MemberChanges changes;
    private final MemberLifecycle lifecycle;
    private final EventOutbox outbox;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    Transfers(MemberMapper members, OrgDirectory orgs, MemberChanges changes, MemberLifecycle lifecycle, EventOutbox outbox, Clock clock) {
        this.members = members;
        this.orgs = orgs;
        this.changes = changes;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    void complete(TransferCompleted event) {
        Member m = members.selectById(event.memberId());
        if (m == null) {
            throw new IllegalStateException("member " + event.memberId() + " of transfer " + event.transferId()
                    + " is not known");
        }
        ChangeActor actor = ChangeActor.event("transfer", event.transferId());
        if (TransferCompleted.OUT_OF_CITY.equals(event.kind())) {
            leave(m, event, actor);
        } else {
            relocate(m, event, actor);
            if (TransferCompleted.INTO_CITY.equals(event.kind()) && m.getState() == MembershipState.ARRIVING) {
                arrive(m, event, actor);
            }
        }
    }

    private void arrive(Member m, TransferCompleted event, ChangeActor actor) {
        try {
            lifecycle.arrive(m, dayOf(event), actor);
        } catch (ApiException refused) {
            if (MemberChanges.MEMBER_CHANGED_CONCURRENTLY.equals(refused.code())) {
                throw refused;
            }
            log.warn("transfer {} into the city: arrival of member {} skipped: {}", event.transferId(), m.getId(),
                    refused.code());
        }
    }

    /** The day of the instant where the users are (dj.time-zone), as every date of the platform. */
    private LocalDate dayOf(TransferCompleted event) {
        return event.completedAt() == null ? LocalDate.now(clock)
                : event.completedAt().atZone(clock.getZone()).toLocalDate();
    }

    private void relocate(Member m, TransferCompleted event, ChangeActor actor) {
        OrgRef to = orgs.find(event.toOrgId()).orElseThrow(() -> new IllegalStateException(
                "organisation " + event.toOrgId() + " of transfer " + event.transferId() + " is not known"));
        if (m.getOrgId() == to.orgId()) {
            return;
        }
        long fromOrgId = m.getOrgId();
        String fromPath = m.getOrgPath();
        m.setOrgId(to.orgId());
        m.setOrgPath(to.path());
        changes.commit(m, actor, List.of(FieldChange.of("orgId", fromOrgId, to.orgId())));
        outbox.add(new MemberRelocated(m.getId(), fromOrgId, fromPath, to.orgId(), to.path(), event.transferId()));
    }

    private void leave(Member m, TransferCompleted event, ChangeActor actor) {
        if (m.getState() == MembershipState.LEFT) {
            return;
        }
        try {
            lifecycle.leave(m, LeaveReason.TRANSFERRED_OUT, dayOf(event), null, actor);
        } catch (ApiException refused) {
            if (MemberChanges.MEMBER_CHANGED_CONCURRENTLY.equals(refused.code())) {
                throw refused; // someone changed the record meanwhile: the redelivery will see it
            }
            log.warn("transfer {} out of the city skipped for member {}: {}", event.transferId(), m.getId(),
                    refused.code());
        }
    }
}
