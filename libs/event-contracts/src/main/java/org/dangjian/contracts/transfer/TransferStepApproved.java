package org.dangjian.contracts.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One level approved. {@code nextStep} is the approval now pending, or null when this was the last and
 * the transfer awaits the member's arrival (the letter of introduction is then issued out of the city;
 * within it there is none). {@code reportBy} (added within v1, null on older events and before the last
 * level) is the last day the member may report, the letter's validity where there is one.
 */
public record TransferStepApproved(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                   Long toOrgId, String toOrgPath, String externalOrg, TransferStepRef step,
                                   TransferStepRef nextStep, String comment, Instant approvedAt, LocalDate reportBy)
        implements TransferEvent {
    public static final String TYPE = "dj.transfer.step-approved.v1";

    /** The event as it was before {@code reportBy} was added (additive change): no reporting day known. */
    public TransferStepApproved(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                Long toOrgId, String toOrgPath, String externalOrg, TransferStepRef step,
                                TransferStepRef nextStep, String comment, Instant approvedAt) {
        this(transferId, memberId, kind, fromOrgId, fromOrgPath, toOrgId, toOrgPath, externalOrg, step, nextStep,
                comment, approvedAt, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
