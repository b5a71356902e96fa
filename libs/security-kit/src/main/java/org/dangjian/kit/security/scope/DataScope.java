package org.dangjian.kit.security.scope;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The explicit opt-out from the organisation scope for work that has no caller. A query on an
 * {@link OrgScoped} table runs unscoped only inside {@link #unscoped}; a caller's request never needs it.
 */
public final class DataScope {
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private DataScope() {
    }

    /** Runs {@code work} with scope off on this thread, for the stated reason; nesting keeps the outer reason. */
    public static <T> T unscoped(String reason, Supplier<T> work) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unscoped block must say why");
        }
        String outer = REASON.get();
        REASON.set(outer != null ? outer : reason);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                REASON.remove();
            } else {
                REASON.set(outer);
            }
        }
    }

    public static void unscoped(String reason, Runnable work) {
        Objects.requireNonNull(work);
        unscoped(reason, () -> {
            work.run();
            return null;
        });
    }

    /** The reason the current thread runs unscoped, if it does. */
    public static Optional<String> unscopedReason() {
        return Optional.ofNullable(REASON.get());
    }
}
