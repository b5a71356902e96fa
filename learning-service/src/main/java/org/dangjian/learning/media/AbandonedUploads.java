package org.dangjian.learning.media;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploads started and never completed (the browser closed, the file given up) hold their parts in the store; after
 * {@code dj.learning.media.abandoned-after} they are dropped with their parts. Hourly, one replica at a time.
 */
@Component
class AbandonedUploads {
    private final MediaLibrary library;
    private final MediaProperties props;
    private final Clock clock;

    AbandonedUploads(MediaLibrary library, MediaProperties props, Clock clock) {
        this.library = library;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dj.learning.media.abandoned-sweep-every-ms:3600000}")
    @SchedulerLock(name = "learning-abandoned-uploads", lockAtMostFor = "PT30M")
    public void sweep() {
        int dropped;
        do {
            dropped = library.dropAbandoned(clock.instant().minus(props.abandonedAfter()));
        } while (dropped == MediaLibrary.DROP_BATCH);
    }
}
