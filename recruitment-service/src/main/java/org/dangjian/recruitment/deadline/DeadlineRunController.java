package org.dangjian.recruitment.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/recruitment/deadlines/run?date=}: the daily deadline run on demand, for the city administrator.
 * A day after today would warn of deadlines early, so it is refused unless the platform runs in development mode
 * ({@code DJ_DEV_MODE=true}), where a rehearsal or an end-to-end test reaches a due date without waiting a month.
 */
@Tag(name = "发展党员统计", description = "发展党员工作的汇总：各阶段人数、逾期步骤、各支部年度工作量。Member development in a "
        + "subtree: the pipeline by stage, the overdue steps, each branch's year.")
@RestController
class DeadlineRunController {
    private final DeadlineAnnouncements announcements;
    private final Clock clock;
    private final DevelopmentMode developmentMode;

    DeadlineRunController(DeadlineAnnouncements announcements, Clock clock, DevelopmentMode developmentMode) {
        this.announcements = announcements;
        this.clock = clock;
        this.developmentMode = developmentMode;
    }

    @Schema(name = "RecruitmentDeadlineRun", description = "一次期限提醒的结果。What one deadline run announced.")
    record DeadlineRun(@Schema(description = "提醒所按的日期。The day the run went by.") LocalDate date,
                       @Schema(description = "新发出的临期提醒。New warnings of a step about to fall due.") int approaching,
                       @Schema(description = "新发出的逾期提醒。New notices of a step past its due date.") int overdue) {
    }

    @Operation(operationId = "runRecruitmentDeadlines", summary = "执行发展党员期限提醒", description = """
            Runs the daily deadline run now: each open case's next step due within the warning days \
            (dj.recruitment.deadline-warning-days, 7) is announced as approaching, each past its due date as overdue, \
            once per case, step and kind (a step already announced is not again). date defaults to today; a date after \
            today is refused unless the platform runs in development mode (DJ_DEV_MODE), as rehearsals and tests do. \
            For the city administrator only (@CityAdminOnly).""")
    @ApiResponse(responseCode = "200", description = "本次提醒的结果。What the run announced.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "日期不能晚于今天。The date is after today: field date with "
            + "RECRUITMENT_DATE_IN_THE_FUTURE (code VALIDATION_FAILED)")
    @CityAdminOnly
    @PostMapping("/api/recruitment/deadlines/run")
    DeadlineRun run(@Parameter(description = "按哪一天提醒，缺省为今天。The day to run for; today when absent.")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = developmentMode.runDay(date, clock, "RECRUITMENT_DATE_IN_THE_FUTURE");
        DeadlineAnnouncements.Announced a = announcements.announce(day);
        return new DeadlineRun(day, a.approaching(), a.overdue());
    }
}
