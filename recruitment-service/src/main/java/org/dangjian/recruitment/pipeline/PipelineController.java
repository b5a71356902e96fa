package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where a subtree's member development stands: counts by stage, overdue steps, each branch's year. */
@RestController
@RequestMapping("/api/recruitment")
@Tag(name = "发展党员统计", description = "发展党员工作的汇总：各阶段人数、逾期步骤、各支部年度工作量。Member development in a "
        + "subtree: the pipeline by stage, the overdue steps, each branch's year.")
public class PipelineController {
    static final String YEAR_OUT_OF_RANGE = "RECRUITMENT_YEAR_OUT_OF_RANGE";
    static final int FIRST_YEAR = 2000;
    private static final String ORG_NOT_FOUND = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND";
    private final PipelineQuery pipeline;
    private final OverdueQuery overdue;
    private final ThroughputQuery throughput;
    private final Clock clock;

    PipelineController(PipelineQuery pipeline, OverdueQuery overdue, ThroughputQuery throughput, Clock clock) {
        this.pipeline = pipeline;
        this.overdue = overdue;
        this.throughput = throughput;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping("/pipeline")
    @Operation(operationId = "getRecruitmentPipeline", summary = "各阶段人数",
            description = "The open cases of an organisation's subtree (the caller's own when `orgId` is not given) by stage "
                    + "and by stage and year of application, and the closed cases by outcome and year. For administrators "
                    + "and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "各阶段人数。The counts.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = ORG_NOT_FOUND)
    public PipelineCounts pipeline(@Parameter(description = "组织（含下级）。The organisation whose subtree to count.")
                                   @RequestParam(required = false) Long orgId) {
        return pipeline.counts(orgId, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/overdue")
    @Operation(operationId = "listRecruitmentOverdueSteps", summary = "逾期步骤",
            description = "The open cases of an organisation's subtree whose next step is past its due date (the earlier of "
                    + "its DUE and LATEST rules), the longest overdue first: the case, the person (phone masked), the step, "
                    + "the due date and the organisation that must act; paged. For administrators and auditors "
                    + "(@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页逾期步骤。A page of overdue steps.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = ORG_NOT_FOUND)
    public PageResult<OverdueStep> overdue(@Parameter(description = "组织（含下级）。The organisation whose subtree to list.")
                                           @RequestParam(required = false) Long orgId,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return overdue.overdue(orgId, PageQuery.of(page, size), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/throughput")
    @Operation(operationId = "getRecruitmentThroughput", summary = "各支部年度发展工作量",
            description = "Per branch of an organisation's subtree, in a year (this year when not given): cases opened, "
                    + "activists designated, candidates designated and admissions approved, counted by the dates of those "
                    + "steps, with the total. A year before 2000 or after this one is refused (400 on `year`). For "
                    + "administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "各支部工作量。Each branch's year.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "年份超出范围。The year is out of range, code VALIDATION_FAILED, field "
            + "year")
    @ApiResponse(responseCode = "404", description = ORG_NOT_FOUND)
    public Throughput throughput(@Parameter(description = "组织（含下级）。The organisation whose branches to count.")
                                 @RequestParam(required = false) Long orgId,
                                 @Parameter(description = "年份。The year.", example = "2026")
                                 @RequestParam(required = false) Integer year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year != null && (year < FIRST_YEAR || year > thisYear)) {
            throw ApiException.invalidField("year", YEAR_OUT_OF_RANGE, String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
        }
        return throughput.of(orgId, year == null ? thisYear : year, CurrentUsers.get());
    }
}
