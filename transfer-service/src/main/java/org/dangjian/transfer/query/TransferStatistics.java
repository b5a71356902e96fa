package org.dangjian.transfer.query;

import java.util.List;

/**
 * A subtree's transfers over one year. Registrations count in the month they were registered, outcomes
 * in the month the transfer ended (business time zone). Averages are null when nothing was counted.
 */
public record TransferStatistics(Long orgId, int year, List<Month> months, Counts total,
                                 StepTimes steps, List<ApproverTimes> byApprover) {

    public record Counts(int registered, int completed, int rejected, int cancelled, int expired,
                         Double averageDaysToComplete) {
    }

    /** One month, 1 to 12, always all twelve. */
    public record Month(int month, int registered, int completed, int rejected, int cancelled, int expired,
                        Double averageDaysToComplete) {
    }

    /** Hours from a step becoming pending to its decision, over the steps decided in the year. */
    public record StepTimes(int decisions, Double averageHours) {
    }

    public record ApproverTimes(long orgId, String orgName, int decisions, Double averageHours) {
    }
}
