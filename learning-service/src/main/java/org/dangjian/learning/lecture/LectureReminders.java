package org.dangjian.learning.lecture;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The day before a lecture ({@code dj.learning.lectures.remind-before}) its booking organisations are reminded,
 * once per booking. Every ten minutes, one replica at a time.
 */
@Component
class LectureReminders {
    private final Bookings bookings;
    private final LectureProperties props;

    LectureReminders(Bookings bookings, LectureProperties props) {
        this.bookings = bookings;
        this.props = props;
    }

    @Scheduled(fixedDelayString = "${dj.learning.lectures.reminder-sweep-every-ms:600000}")
    @SchedulerLock(name = "learning-lecture-reminders", lockAtMostFor = "PT10M")
    public void sweep() {
        int reminded;
        do {
            reminded = bookings.remindDue(props.remindBefore());
        } while (reminded == Bookings.REMIND_BATCH);
    }
}
