package org.dangjian.kit.events;

/**
 * Told of every event a consumer of this service handled, inside the transaction that applied it (after the
 * handler, before the commit). For what depends on all the service's data whichever handler changed it, such as
 * cached figures that any applied event may retire (figures-cache-kit), without a hook in every handler.
 */
public interface InboxObserver {
    void handled(String consumer, InboundEvent event);
}
