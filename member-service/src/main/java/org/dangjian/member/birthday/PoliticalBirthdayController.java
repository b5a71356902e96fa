package org.dangjian.member.birthday;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/members/political-birthdays/run?date=}: the daily run on demand (a missed day, a
 * check), for the city administrator. Same lock and same once-per-day rule as the schedule.
 */
@RestController
public class PoliticalBirthdayController {
    private final BirthdayRunLock runs;
    private final Clock clock;

    public PoliticalBirthdayController(BirthdayRunLock runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @PostMapping("/api/members/political-birthdays/run")
    @CityAdminOnly
    public BirthdayRun run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today)) {
            // Greeting ahead of time would mark the day as done before it comes.
            throw ApiException.invalidField("date", "MEMBER_DATE_IN_FUTURE");
        }
        return runs.greet(day);
    }
}
