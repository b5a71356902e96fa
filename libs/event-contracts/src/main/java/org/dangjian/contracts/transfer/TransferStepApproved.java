package org.dangjian.contracts.transfer;

import java.time.Instant;

/**
 * One level approved. {@code nextStep} is the approval now pending, or null when this was the last and
 * the transfer awaits the member's arrival (the letter of introduction is then issued).
 */
public record TransferStepApproved(long transferId, long memberId, String kind, Long fromOrgId, String fromOrgPath,
                                   Long toOrgId, String toOrgPath, String externalOrg, TransferStepRef step,
                                   TransferStepRef nextStep, String comment, Instant approvedAt)
        implements TransferEvent {
    public static final String TYPE = "dj.transfer.step-approved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
