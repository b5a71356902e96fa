package org.dangjian.cadre.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A cadre's performance of duty, annual assessment, rewards and sanctions. */
@RestController
@RequestMapping("/api/cadres/{cadreId}")
@Tag(name = "履职考核", description = "干部的季度履职情况、年度考核结果和奖惩情况。A cadre's performance of duty per quarter, "
        + "annual assessment, rewards and sanctions.")
public class PerformanceController {
    private static final String NOT_FOUND = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code CADRE_NOT_FOUND";
    private final Performance performance;

    PerformanceController(Performance performance) {
        this.performance = performance;
    }

    @AdministratorsOrAuditors
    @GetMapping("/performance")
    @Operation(operationId = "getCadrePerformance", summary = "干部履职考核情况",
            description = "The cadre's performance of duty per quarter, grades per year and rewards and sanctions, "
                    + "latest first. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "履职考核情况。The record.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public PerformanceView get(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId) {
        return performance.of(cadreId);
    }

    @Administrators
    @PutMapping("/duties/{quarter}")
    @Operation(operationId = "recordCadreDuty", summary = "登记季度履职情况",
            description = "The cadre's performance of duty in a quarter (e.g. 2026-Q4, one already begun): a summary, "
                    + "the key tasks, the outcome; written again in place. Answers the cadre's record. For "
                    + "administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "登记后的履职考核情况。The record.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段；季度应如 2026-Q4 且已开始（quarter，"
            + "CADRE_QUARTER_INVALID、CADRE_QUARTER_NOT_STARTED）。A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public PerformanceView duty(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                                @Parameter(description = "季度。The quarter.", example = "2026-Q4") @PathVariable String quarter,
                                @Valid @RequestBody DutyRequest request) {
        return performance.recordDuty(cadreId, quarter, request, CurrentUsers.get());
    }

    @Administrators
    @PutMapping("/assessments/{year}")
    @Operation(operationId = "assessCadre", summary = "登记年度考核结果",
            description = "The cadre's grade for a year (not after this one): 优秀, 称职, 基本称职 or 不称职, with a note; "
                    + "written again in place. Answers the cadre's record. For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "登记后的履职考核情况。The record.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段；年度无效（year，CADRE_YEAR_INVALID）。A field is "
            + "missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public PerformanceView assess(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                                  @Parameter(description = "年度。The year.", example = "2025") @PathVariable int year,
                                  @Valid @RequestBody AssessmentRequest request) {
        return performance.assess(cadreId, year, request, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/rewards")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordCadreReward", summary = "登记奖惩",
            description = "A reward or a sanction of the cadre: what, decided by whom, on which day (not after today). "
                    + "Answers the cadre's record. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "登记后的履职考核情况。The record.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或日期晚于今天（decidedOn，CADRE_DATE_IN_FUTURE）。"
            + "A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    public PerformanceView reward(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                                  @Valid @RequestBody RewardRequest request) {
        return performance.reward(cadreId, request, CurrentUsers.get());
    }
}
