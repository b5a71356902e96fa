package org.dangjian.points.compliance;

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
    public ComplianceReport of(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
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
