package org.dangjian.transfer.workflow;

import org.dangjian.kit.calendar.WorkingDays;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.transfer.dues.DuesRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A branch registers a transfer for one of its members: the destination is checked, the approval chain
 * derived from the tree, the first step opened with its due date, and {@code transfer.requested}
 * written in the same transaction.
 */
@Service
public class TransferRegistration {
    static final String MEMBER_NOT_FOUND = "MEMBER_NOT_FOUND";
    static final String MEMBER_NOT_ACTIVE = "TRANSFER_MEMBER_NOT_ACTIVE";
    static final String ALREADY_OPEN = "TRANSFER_ALREADY_OPEN";

    private final MemberRoster roster;
    private final OrgDirectory orgs;
    private final ApprovalChain chain;
    private final WorkingDays workingDays;
    private final TransferProperties properties;
    private final TransferMapper transfers;
    private final TransferStepMapper steps;
    private final TransferHistoryMapper history;
    private final LetterIssue letters;
    private final EventOutbox outbox;
    private final DuesRecord duesRecord;
    private final Clock clock;

    TransferRegistration(MemberRoster roster, OrgDirectory orgs, ApprovalChain chain, WorkingDays workingDays,
                         TransferProperties properties, TransferMapper transfers, TransferStepMapper steps,
                         TransferHistoryMapper history, LetterIssue letters, EventOutbox outbox, DuesRecord duesRecord,
                         Clock clock) {
        this.roster = roster;
        this.orgs = orgs;
        this.chain = chain;
        this.workingDays = workingDays;
        this.properties = properties;
        this.transfers = transfers;
        this.steps = steps;
        this.history = history;
        this.letters = letters;
        this.outbox = outbox;
        this.duesRecord = duesRecord;
        this.clock = clock;
    }

    @Transactional
    public Transfer register(RegisterTransferRequest request, CurrentUser caller) {
        MemberRef member = roster.find(request.memberId()).filter(m -> caller.covers(m.orgPath()))
                .orElseThrow(() -> ApiException.notFound(MEMBER_NOT_FOUND));
        // A member coming into the city is registered by the receiving branch as arriving: not active until the
        // transfer completes (issue 18 item 7), yet this is the transfer that brings them in.
        boolean arrivingInto = request.kind() == TransferKind.INTO_CITY && member.arriving();
        if (!member.active() && !arrivingInto) {
            throw ApiException.conflict(MEMBER_NOT_ACTIVE);
        }
        OrgRef memberOrg = orgs.find(member.orgId()).orElseThrow(() -> ApiException.notFound(OrgDirectory.ORG_NOT_FOUND));
        Ends ends = Ends.of(request, memberOrg, orgs::find);
        refuseSecondOpenTransfer(member.memberId());

        Map<Long, OrgRef> above = orgs.findAll(ApprovalChain.idsAbove(ends.from(), ends.to()));
        List<OrgRef> approvers = chain.derive(ends.from(), ends.to(), above);

        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        DuesMonth dues = DuesMonth.choose(duesRecord.paidUntilForNewTransfer(member.memberId()), request.duesPaidUntil(),
                request.duesOverrideReason());
        Transfer t = newTransfer(request, member, ends, caller, now);
        t.setDuesPaidUntil(dues.month());
        t.setDuesOverrideReason(dues.overrideReason());
        try {
            transfers.insert(t);
        } catch (DuplicateKeyException raced) {
            throw ApiException.conflict(ALREADY_OPEN);
        }
        List<TransferStep> chainSteps = insertSteps(t.getId(), approvers, now, today);
        if (chainSteps.isEmpty()) {
            t.setStatus(TransferStatus.APPROVED);
            letters.issue(t, today, null);
            transfers.updateById(t);
        }
        history.add(t.getId(), "REGISTERED", null, caller.accountId(), caller.username(), now, t.reasonText());
        if (dues.overridden()) {
            history.add(t.getId(), "DUES_OVERRIDDEN", null, caller.accountId(), caller.username(), now,
                    dues.month() + "：" + dues.overrideReason());
        }
        outbox.add(TransferEvents.requested(t, chainSteps.isEmpty() ? null : chainSteps.get(0)));
        return t;
    }

    private void refuseSecondOpenTransfer(long memberId) {
        if (transfers.selectCount(new QueryWrapper<Transfer>().eq("open_member_id", memberId)) > 0) {
            throw ApiException.conflict(ALREADY_OPEN);
        }
    }

    private Transfer newTransfer(RegisterTransferRequest r, MemberRef member, Ends ends, CurrentUser caller, Instant now) {
        Transfer t = new Transfer();
        t.setMemberId(member.memberId());
        t.setMemberName(member.name());
        t.setKind(r.kind());
        t.setStatus(TransferStatus.PENDING);
        if (ends.from() != null) {
            t.setFromOrgId(ends.from().orgId());
            t.setFromOrgPath(ends.from().path());
            t.setFromOrgName(ends.from().name());
        }
        if (ends.to() != null) {
            t.setToOrgId(ends.to().orgId());
            t.setToOrgPath(ends.to().path());
            t.setToOrgName(ends.to().name());
        }
        t.setExternalOrg(r.externalOrg());
        t.setExternalRegion(r.externalRegion());
        t.setExternalAddress(r.externalAddress());
        // derived from the codes, never taken from the request (issue 18 item 18)
        t.setAcrossProvinces(r.externalRegion() != null && !Regions.sameProvince(properties.cityRegion(), r.externalRegion()));
        t.setReasonCode(r.reasonCode());
        t.setReasonNote(r.reasonNote());
        t.setPlannedDate(r.plannedDate());
        t.setOutsideLetterNumber(r.outsideLetterNumber());
        t.setOutsideLetterDate(r.outsideLetterDate());
        t.setOutsideLetterIssuer(r.outsideLetterIssuer());
        t.setRegisteredBy(caller.accountId());
        t.setRegisteredAt(now);
        t.setOpenMemberId(member.memberId());
        t.setVersion(0);
        return t;
    }

    private List<TransferStep> insertSteps(long transferId, List<OrgRef> approvers, Instant now, LocalDate today) {
        List<TransferStep> inserted = new ArrayList<>();
        for (OrgRef org : approvers) {
            TransferStep s = new TransferStep();
            s.setTransferId(transferId);
            s.setSeq(inserted.size() + 1);
            s.setOrgId(org.orgId());
            s.setOrgPath(org.path());
            s.setOrgName(org.name());
            if (inserted.isEmpty()) {
                s.setStatus(StepStatus.PENDING);
                s.setPendingSince(now);
                s.setDueDate(workingDays.add(today, properties.stepWorkingDays()));
            } else {
                s.setStatus(StepStatus.WAITING);
            }
            steps.insert(s);
            inserted.add(s);
        }
        return inserted;
    }
}
