package org.dangjian.kit.figures;

import org.dangjian.kit.events.InboundEvent;
import org.dangjian.kit.events.InboxObserver;

/**
 * Every event the service applies may change what its figures count (a member's education in the roster, an
 * organisation dissolved, a path moved), whichever kit or handler wrote it: each retires the cached figures when its
 * transaction commits.
 */
class EventsRetireFigures implements InboxObserver {
    private final FiguresGeneration generation;

    EventsRetireFigures(FiguresGeneration generation) {
        this.generation = generation;
    }

    @Override
    public void handled(String consumer, InboundEvent event) {
        generation.changed();
    }
}
