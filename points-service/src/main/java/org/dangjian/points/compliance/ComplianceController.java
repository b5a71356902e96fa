package org.dangjian.points.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the branches of a subtree kept the rhythm of organisational life in a month (this month
 * unless {@code year} and {@code month} say otherwise): for their superiors.
 */
@RestController
@RequestMapping("/api/points/compliance")
@Tag(name = "三会一课落实", description = "各党支部按月是否按要求开展三会一课等组织生活。"
        + "Whether the branches of a subtree held their organisational life as often as the rules ask, month by month.")
public class ComplianceController {
    static final String MONTH_OUT_OF_RANGE = "POINTS_MONTH_OUT_OF_RANGE";
    static final String YEAR_OUT_OF_RANGE = "POINTS_YEAR_OUT_OF_RANGE";
    private final Compliance compliance;
    private final Clock clock;

    ComplianceController(Compliance compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getOrgLifeCompliance", summary = "查看三会一课落实情况",
            description = "For a month (this month unless `year` and `month` say otherwise), each active branch of the caller's "
                    + "subtree (or of `orgId`'s) and, per requirement (committee meeting, theme day, branch general meeting, Party "
                    + "lecture, organisational-life meeting), whether it was MET, is still DUE, was MISSED or is NOT_APPLICABLE (the monthly committee meeting "
                    + "of a branch with fewer than 7 full members, which has no committee); branches in name order. The same "
                    + "told per requirement in `byRequirement`: the branches that met it, are due, missed it, and to which it "
                    + "does not apply, with why. For administrators and auditors (@AdministratorsOrAuditors); a caller without a subtree "
                    + "role and no `orgId` is refused (403). `month` must be 1 to 12 and `year` 2000 to 2100 (400 otherwise).")
    @ApiResponse(responseCode = "200", description = "落实情况。The report.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public ComplianceReport of(@Parameter(description = "只看该组织及其下级，默认为调用者所在组织。This organisation's subtree; the caller's own by default.")
                               @RequestParam(required = false) Long orgId,
                               @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
                               @RequestParam(required = false) Integer year,
                               @Parameter(description = "月份 1-12，默认本月。The month, 1 to 12, this month by default.", example = "3")
                               @RequestParam(required = false) Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            throw ApiException.invalidField("month", MONTH_OUT_OF_RANGE);
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw ApiException.invalidField("year", YEAR_OUT_OF_RANGE);
        }
        YearMonth now = YearMonth.now(clock);
        YearMonth asked = YearMonth.of(year != null ? year : now.getYear(), month != null ? month : now.getMonthValue());
        return compliance.of(orgId, asked, CurrentUsers.get());
    }
}
