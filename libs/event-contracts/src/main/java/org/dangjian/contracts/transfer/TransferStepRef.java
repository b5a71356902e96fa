package org.dangjian.contracts.transfer;

import java.time.LocalDate;

/**
 * One approval step of a transfer as events carry it: its place in the chain (1-based), the approving
 * organisation with its path (so consumers can find that organisation's administrators without calling
 * back) and the date the decision is due.
 */
public record TransferStepRef(int seq, long orgId, String orgPath, String orgName, LocalDate dueDate) {
}
