package org.dangjian.transfer.workflow;

import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.kit.web.problem.ApiException;

/**
 * The dues month a transfer prints: points-service's record of payments, or the month the registering
 * administrator types instead, with a reason that is kept and shown. Typing the recorded month itself
 * overrides nothing and needs no reason.
 *
 * @param month          the month to print ({@code yyyy-MM}), or null when nothing is known
 * @param overrideReason why the typed month replaces the record; null when the record is printed
 */
record DuesMonth(String month, String overrideReason) {
    static final String OVERRIDE_REASON_REQUIRED = "TRANSFER_DUES_OVERRIDE_REASON_REQUIRED";
    static final String REASON_WITHOUT_MONTH = "TRANSFER_DUES_REASON_WITHOUT_MONTH";

    static DuesMonth choose(Optional<YearMonth> recorded, YearMonth typed, String reason) {
        if (typed == null) {
            if (reason != null) {
                throw ApiException.invalidField("duesPaidUntil", REASON_WITHOUT_MONTH);
            }
            return new DuesMonth(recorded.map(YearMonth::toString).orElse(null), null);
        }
        if (recorded.isPresent() && recorded.get().equals(typed)) {
            return new DuesMonth(typed.toString(), null);
        }
        if (reason == null) {
            throw ApiException.invalidField("duesOverrideReason", OVERRIDE_REASON_REQUIRED,
                    recorded.map(YearMonth::toString).orElse("无"));
        }
        return new DuesMonth(typed.toString(), reason);
    }

    boolean overridden() {
        return overrideReason != null;
    }
}
