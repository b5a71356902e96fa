package org.dangjian.contracts.transfer;

import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/** The events of a transfer: all on {@link Topics#TRANSFER}, keyed by {@code transferId} so they stay in order. */
public interface TransferEvent extends IntegrationEvent {
    long transferId();

    @Override
    default String eventTopic() {
        return Topics.TRANSFER;
    }

    @Override
    default String eventSubject() {
        return Long.toString(transferId());
    }
}
