package org.dangjian.transfer.expiry;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.transfer.workflow.TransferClosing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/transfers/expiry/run?date=}: the nightly run on demand, for the city administrator.
 * A date after today would end letters that are still valid, so it is refused unless the platform is a
 * rehearsal one ({@code dj.transfer.expiry.allow-future-dates=true}, which the end-to-end tests use to
 * reach a letter's end without waiting months).
 */
@RestController
class LetterExpiryController {
    private final TransferClosing closing;
    private final Clock clock;
    private final boolean allowFutureDates;

    LetterExpiryController(TransferClosing closing, Clock clock,
                           @Value("${dj.transfer.expiry.allow-future-dates:false}") boolean allowFutureDates) {
        this.closing = closing;
        this.clock = clock;
        this.allowFutureDates = allowFutureDates;
    }

    record ExpiryRun(LocalDate date, int expired) {
    }

    @CityAdminOnly
    @PostMapping("/api/transfers/expiry/run")
    ExpiryRun run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today) && !allowFutureDates) {
            throw ApiException.invalidField("date", "TRANSFER_DATE_IN_FUTURE");
        }
        return new ExpiryRun(day, closing.expireLettersBefore(day));
    }
}
