package org.dangjian.member.birthday;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "政治生日", description = "党员入党纪念日的祝福推送。Greeting members on the anniversary of joining the Party.")
public class PoliticalBirthdayController {
    private final BirthdayRunLock runs;
    private final Clock clock;

    public PoliticalBirthdayController(BirthdayRunLock runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @PostMapping("/api/members/political-birthdays/run")
    @CityAdminOnly
    @Operation(operationId = "runPoliticalBirthdays", summary = "补发政治生日祝福",
            description = "Runs the daily political-birthday greeting for `date` (today when absent) on demand, for a missed day "
                    + "or a check: members whose joining anniversary it is get a greeting (member.political-birthday), at most one per member and day, so a repeated run sends only what is missing. For "
                    + "the city administrator only (@CityAdminOnly). A date after today is a 400 on `date` (MEMBER_DATE_IN_FUTURE).")
    @ApiResponse(responseCode = "200", description = "本次推送的结果。What the run did.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "政治生日推送正在进行，请稍后再试。A run is in progress, code POLITICAL_BIRTHDAY_RUN_IN_PROGRESS")
    public BirthdayRun run(@Parameter(description = "日期，缺省为今天。The day to greet for; today when absent.", example = "2026-07-01")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        if (day.isAfter(today)) {
            // Greeting ahead of time would mark the day as done before it comes.
            throw ApiException.invalidField("date", "MEMBER_DATE_IN_FUTURE");
        }
        return runs.greet(day);
    }
}
