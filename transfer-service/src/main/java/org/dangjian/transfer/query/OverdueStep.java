package org.dangjian.transfer.query;

import java.time.Instant;
import java.time.LocalDate;
import org.dangjian.transfer.workflow.TransferKind;

/**
 * A pending step past its due date. {@code daysOverdue} counts working days after the due date up to
 * today (a step due Friday is 1 day late on Monday); {@code calendarDaysOverdue} counts every day.
 */
public record OverdueStep(long transferId, String memberName, TransferKind kind, int seq, long orgId,
                          String orgName, LocalDate dueDate, int daysOverdue, int calendarDaysOverdue,
                          Instant pendingSince) {
}
