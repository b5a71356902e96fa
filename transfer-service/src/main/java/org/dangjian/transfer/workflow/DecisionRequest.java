package org.dangjian.transfer.workflow;

import jakarta.validation.constraints.Size;

/**
 * An approver's decision, or a cancellation. {@code version} is optional: a client that sends the
 * version it saw is refused (409) when the transfer changed since.
 */
public record DecisionRequest(@Size(max = 500) String comment, Integer version) {
    public DecisionRequest {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    static DecisionRequest none() {
        return new DecisionRequest(null, null);
    }
}
