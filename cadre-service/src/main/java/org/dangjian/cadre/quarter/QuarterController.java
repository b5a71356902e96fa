package org.dangjian.cadre.quarter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quarterly update of the cadres (按季度更新): each organisation confirms, its superior follows who has not. */
@RestController
@RequestMapping("/api/cadres")
@Tag(name = "干部信息季度更新", description = "每季度各组织确认或更新本组织干部信息，逾期的在管理员每日汇总中提醒，上级组织可查看进度。"
        + "Each quarter every organisation confirms or updates its cadres; overdue ones are reminded in the "
        + "administrators' daily digest and listed for the superior organisation.")
public class QuarterController {
    private final QuarterTasks tasks;
    private final QuarterCycle cycle;
    private final DevelopmentMode developmentMode;
    private final Clock clock;

    QuarterController(QuarterTasks tasks, QuarterCycle cycle, DevelopmentMode developmentMode, Clock clock) {
        this.tasks = tasks;
        this.cycle = cycle;
        this.developmentMode = developmentMode;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping("/quarter-tasks")
    @Operation(operationId = "listCadreQuarterTasks", summary = "季度更新任务",
            description = "The quarterly update tasks of an organisation's subtree (the caller's own when `orgId` is "
                    + "not given) for `quarter` (e.g. 2026-Q4, today's by default): overdue first, then open, then "
                    + "confirmed; `status` keeps one kind. A task is opened for every active organisation with a post "
                    + "held; it is due a number of days after the quarter ends (dj.cadre.quarter.due-days-after-end, "
                    + "10). Paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页任务。A page of tasks.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "季度格式应如 2026-Q4（quarter，CADRE_QUARTER_INVALID）。The quarter "
            + "is not like 2026-Q4, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND")
    public PageResult<QuarterTaskView> list(
            @Parameter(description = "组织（含下级）。The organisation whose subtree to list.")
            @RequestParam(required = false) Long orgId,
            @Parameter(description = "季度，如 2026-Q4，缺省为本季度。The quarter; today's when absent.", example = "2026-Q4")
            @RequestParam(required = false) String quarter,
            @Parameter(description = "只看某一状态。Only tasks in this state.")
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tasks.list(orgId, quarter, status, PageQuery.of(page, size), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/quarter-tasks/progress")
    @Operation(operationId = "getCadreQuarterProgress", summary = "季度更新进度",
            description = "How many organisations of the subtree (the caller's own when `orgId` is not given) have an "
                    + "update to make for `quarter` (today's by default), and how many confirmed, are open and are "
                    + "overdue. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "进度。The progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "季度格式应如 2026-Q4（quarter，CADRE_QUARTER_INVALID）。The quarter "
            + "is not like 2026-Q4, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND")
    public QuarterProgress progress(
            @Parameter(description = "组织（含下级）。The organisation.") @RequestParam(required = false) Long orgId,
            @Parameter(description = "季度，缺省为本季度。The quarter; today's when absent.", example = "2026-Q4")
            @RequestParam(required = false) String quarter) {
        return tasks.progress(orgId, quarter, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/quarter-tasks/{id}/confirm")
    @Operation(operationId = "confirmCadreQuarter", summary = "确认本季度干部信息",
            description = "The organisation confirms that its cadres' records (posts, reserves, training) are up to "
                    + "date for the quarter, with an optional note; after the due date it is still accepted, as late. "
                    + "Announced as cadre.quarter-confirmed. For administrators (@Administrators) whose subtree holds "
                    + "the organisation.")
    @ApiResponse(responseCode = "200", description = "已确认的任务。The task, confirmed.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "任务不存在或不在所辖范围内。No such task in the caller's subtree, code "
            + "CADRE_QUARTER_TASK_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "本季度已确认。Confirmed already, code CADRE_QUARTER_CONFIRMED")
    public QuarterTaskView confirm(@Parameter(description = "任务编号。The task id.") @PathVariable long id,
                                   @Valid @RequestBody(required = false) ConfirmRequest request) {
        return tasks.confirm(id, request, CurrentUsers.get());
    }

    @Schema(name = "CadreQuarterRun", description = "一次季度更新例行处理的结果。What one run of the quarterly cycle did.")
    record Run(@Schema(description = "处理所按的日期。The day it ran for.") LocalDate date,
               @Schema(description = "该日所在季度。That day's quarter.", example = "2026-Q4") String quarter,
               @Schema(description = "新开的更新任务。Tasks opened.") int opened,
               @Schema(description = "发出的逾期提醒。Overdue reminders announced.") int reminded,
               @Schema(description = "生成快照的季度。Quarters whose snapshot was taken.") List<String> snapshots) {
    }

    @CityAdminOnly
    @PostMapping("/quarters/run")
    @Unscoped("the daily run covers every organisation of the city, on the city administrator's demand")
    @Operation(operationId = "runCadreQuarterCycle", summary = "执行季度更新例行处理",
            description = "Runs the daily quarterly run now: opens the day's quarter's tasks, announces the overdue "
                    + "ones (again a week later while unconfirmed), takes the snapshot of each quarter whose update "
                    + "is due. date defaults to today; a date after today is refused unless the platform runs in "
                    + "development mode (DJ_DEV_MODE), as rehearsals and tests do. For the city administrator only "
                    + "(@CityAdminOnly).")
    @ApiResponse(responseCode = "200", description = "本次处理的结果。What the run did.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "日期不能晚于今天（date，CADRE_DATE_IN_FUTURE）。The date is after "
            + "today, code VALIDATION_FAILED")
    public Run run(@Parameter(description = "按哪一天处理，缺省为今天。The day to run for; today when absent.")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = developmentMode.runDay(date, clock, "CADRE_DATE_IN_FUTURE");
        QuarterCycle.Ran ran = cycle.run(day);
        return new Run(ran.day(), ran.quarter().toString(), ran.opened(), ran.reminded(), ran.snapshots());
    }
}
