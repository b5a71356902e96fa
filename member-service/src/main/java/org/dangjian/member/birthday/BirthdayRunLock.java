package org.dangjian.member.birthday;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Component;

/**
 * Runs a greeting under the same ShedLock lock the daily schedule takes, so an operator's run and the
 * scheduled one (on any replica) never overlap. A run that finds the lock taken is refused, not queued.
 */
@Component
public class BirthdayRunLock {
    static final String NAME = "member-political-birthday";
    /** Held at most this long if the replica dies mid-run; a run of 65,000 members takes seconds. */
    static final String AT_MOST = "PT30M";

    private final LockingTaskExecutor executor;
    private final PoliticalBirthdays birthdays;
    private final Clock clock;

    public BirthdayRunLock(LockProvider locks, PoliticalBirthdays birthdays, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.birthdays = birthdays;
        this.clock = clock;
    }

    public BirthdayRun greet(LocalDate day) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), NAME, Duration.parse(AT_MOST), Duration.ZERO);
        LockingTaskExecutor.TaskResult<BirthdayRun> result;
        try {
            result = executor.executeWithLock(() -> birthdays.greet(day), lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            throw ApiException.conflict("POLITICAL_BIRTHDAY_RUN_IN_PROGRESS");
        }
        return result.getResult();
    }
}
