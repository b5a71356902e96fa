package org.dangjian.learning.study;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves buffered heartbeats from Redis to MySQL every second, a batch at a time, on one replica at a time (the
 * lock: two flushers would each drop the other's batch from the buffer). A batch leaves the buffer only after its
 * transaction committed; if the process dies in between, the batch is applied again and changes nothing.
 */
@Component
class ProgressFlush {
    static final int BATCH = 2_000;
    private final Players players;
    private final ProgressBook book;

    ProgressFlush(Players players, ProgressBook book) {
        this.players = players;
        this.book = book;
    }

    @Scheduled(fixedDelayString = "${dj.learning.flush-every-ms:1000}")
    @SchedulerLock(name = "learning-progress-flush", lockAtMostFor = "PT5M")
    public void flush() {
        int applied;
        do {
            applied = flushBatch();
        } while (applied == BATCH);
    }

    int flushBatch() {
        List<Accepted> batch = players.buffered(BATCH);
        if (!batch.isEmpty()) {
            book.apply(batch);
            players.drop(batch.size());
        }
        return batch.size();
    }
}
