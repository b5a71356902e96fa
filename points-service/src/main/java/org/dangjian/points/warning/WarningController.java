package org.dangjian.points.warning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open warnings of a subtree, for its administrators and auditors (most months first), and the nightly
 * watch run on demand by the city administrator ({@code date} after today only in development mode, {@code DJ_DEV_MODE}, where rehearsals and tests move ahead).
 */
@RestController
@RequestMapping("/api/points/warnings")
@Tag(name = "党员预警", description = "长期未参加组织生活、未交党费的党员预警，及每日检查的手动运行。"
        + "Warnings about members with no organisational life or unpaid dues for months in a row, and running the nightly watch.")
public class WarningController {
    static final String DATE_IN_FUTURE = "POINTS_DATE_IN_FUTURE";
    private final WarningQuery query;
    private final WarningWatch watch;
    private final DevelopmentMode developmentMode;
    private final Clock clock;

    WarningController(WarningQuery query, WarningWatch watch, DevelopmentMode developmentMode, Clock clock) {
        this.query = query;
        this.watch = watch;
        this.developmentMode = developmentMode;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listOpenWarnings", summary = "查询党员预警",
            description = "The open warnings of the caller's subtree, or of `orgId`'s, optionally of one kind, most months first; "
                    + "paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页预警。A page of open warnings.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public PageResult<WarningView> open(@Parameter(description = "只看该组织及其下级。Only this organisation's subtree.")
                                        @RequestParam(required = false) Long orgId,
                                        @RequestParam(required = false) WarningKind kind,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.open(orgId, kind, PageQuery.of(page, size), CurrentUsers.get());
    }

    @CityAdminOnly
    @PostMapping("/run")
    @Operation(operationId = "runWarningWatch", summary = "运行党员预警检查",
            description = "Runs the nightly watch now for a day (today by default): raises, escalates and clears warnings, and "
                    + "answers how many. A `date` after today is refused (400) unless the platform runs in development mode (DJ_DEV_MODE), as rehearsals and tests do. For the city "
                    + "administrator only (@CityAdminOnly).")
    public WarningWatch.Result run(@Parameter(description = "检查的日期，默认今天。The day to run the watch for, today by default.",
                                           example = "2026-03-31")
                                   @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = developmentMode.runDay(date, clock, DATE_IN_FUTURE);
        return watch.run(day);
    }
}
