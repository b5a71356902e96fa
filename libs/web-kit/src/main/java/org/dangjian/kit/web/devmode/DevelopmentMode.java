package org.dangjian.kit.web.devmode;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.web.problem.ApiException;

/**
 * Whether this process runs on a development machine: {@code dj.dev-mode=true} ({@code DJ_DEV_MODE}), which
 * {@code ./platform} and the tests set and a real deployment never does (the Kubernetes manifests leave it
 * out). It alone allows what would be wrong in production: the {@code log} SMS provider printing login
 * codes, a moved clock ({@code dj.clock.offset}), a nightly run for a date still to come.
 *
 * <p>A setting that only makes sense on a development machine calls {@link #require}: a production process
 * configured with it refuses to start and says what to set instead, rather than run quietly with it.
 */
public final class DevelopmentMode {
    /** The property; {@code DJ_DEV_MODE} in the environment. */
    public static final String PROPERTY = "dj.dev-mode";

    private final boolean on;

    public DevelopmentMode(boolean on) {
        this.on = on;
    }

    /** True on a development machine. */
    public boolean on() {
        return on;
    }

    /**
     * Outside development mode, refuses a development-only setting with a message an operator can act on:
     * {@code "<setting> <effect> and is for development only: <instead>, or DJ_DEV_MODE=true on a development
     * machine"}.
     *
     * @param setting the setting and its environment variable, e.g. {@code dj.notify.sms.provider=log (DJ_NOTIFY_SMS_PROVIDER)}
     * @param effect  what it does that production must not, e.g. {@code prints codes to the log}
     * @param instead what a real deployment sets instead
     * @throws IllegalStateException outside development mode
     */
    public void require(String setting, String effect, String instead) {
        if (!on) {
            throw new IllegalStateException(setting + " " + effect + " and is for development only: " + instead
                    + ", or DJ_DEV_MODE=true on a development machine");
        }
    }

    /**
     * The day a daily run started on demand goes by ({@code ?date=}): today when none is given; a day still to come
     * only in development mode, where a rehearsal or a test reaches a due date without waiting a month. Elsewhere a
     * later day would act early (warn, expire, remind), so it is refused at the field {@code date} with
     * {@code refusalCode}, the service's "date after today" message.
     */
    public LocalDate runDay(LocalDate requested, Clock clock, String refusalCode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = requested != null ? requested : today;
        if (day.isAfter(today) && !on) {
            throw ApiException.invalidField("date", refusalCode);
        }
        return day;
    }
}
