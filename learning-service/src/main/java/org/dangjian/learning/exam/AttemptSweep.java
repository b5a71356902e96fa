package org.dangjian.learning.exam;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits the attempts whose time ran out while their takers were away (the app closed, the phone dead): with the
 * answers saved, at their deadline. Every few seconds, one replica at a time.
 */
@Component
class AttemptSweep {
    static final int BATCH = 200;
    private final Attempts attempts;

    AttemptSweep(Attempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${dj.learning.exam-sweep-every-ms:5000}")
    @SchedulerLock(name = "learning-exam-sweep", lockAtMostFor = "PT5M")
    public void sweep() {
        List<Long> overdue;
        do {
            overdue = attempts.overdue(BATCH);
            overdue.forEach(attempts::submitOverdue);
        } while (overdue.size() == BATCH);
    }
}
