package org.dangjian.transfer.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.transfer.workflow.TransferHistoryMapper.HistoryEntry;

/** A transfer as clients see it: where it stands, its chain in order and, for one transfer, its trail. */
public record TransferView(long id, long memberId, String memberName, TransferKind kind, TransferStatus status,
                           Long fromOrgId, String fromOrgName, Long toOrgId, String toOrgName, String externalOrg,
                           String externalAddress, boolean acrossProvinces, String reason, LocalDate plannedDate,
                           String duesPaidUntil, Letter letter, String outcomeComment, Instant registeredAt,
                           Instant closedAt, int version, List<Step> steps, List<HistoryEntry> history) {

    public record Step(int seq, long orgId, String orgName, StepStatus status, LocalDate dueDate, Long decidedById,
                       String decidedBy, Instant decidedAt, String comment) {
        static Step of(TransferStep s) {
            return new Step(s.getSeq(), s.getOrgId(), s.getOrgName(), s.getStatus(), s.getDueDate(), s.getDecidedBy(),
                    s.getDecidedByName(), s.getDecidedAt(), s.getComment());
        }
    }

    /** The letter of introduction, once the last level approved. */
    public record Letter(String number, LocalDate issuedOn, LocalDate validUntil) {
    }

    public static TransferView of(Transfer t, List<TransferStep> steps, List<HistoryEntry> history) {
        Letter letter = t.getLetterNumber() == null ? null
                : new Letter(t.getLetterNumber(), t.getLetterIssuedOn(), t.getLetterValidUntil());
        return new TransferView(t.getId(), t.getMemberId(), t.getMemberName(), t.getKind(), t.getStatus(),
                t.getFromOrgId(), t.getFromOrgName(), t.getToOrgId(), t.getToOrgName(), t.getExternalOrg(),
                t.getExternalAddress(), t.isAcrossProvinces(), t.getReason(), t.getPlannedDate(), t.getDuesPaidUntil(),
                letter, t.getOutcomeComment(), t.getRegisteredAt(), t.getClosedAt(), t.getVersion(),
                steps.stream().map(Step::of).toList(), history);
    }
}
