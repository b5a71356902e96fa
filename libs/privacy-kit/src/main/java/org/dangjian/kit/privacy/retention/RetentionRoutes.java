package org.dangjian.kit.privacy.retention;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The route of a service's retention of personal data, for the city administrator and auditors: each kind, its
 * period and what is due for erasure. A service mounts it under its own area by extending this class
 * ({@code /api/notifications/retention}); operation ids follow the subclass.
 */
public abstract class RetentionRoutes {
    private final Retention retention;

    protected RetentionRoutes(Retention retention) {
        this.retention = retention;
    }

    @CityAdminOrAuditors
    @GetMapping
    @Operation(summary = "查看个人信息保存期限与到期情况",
            description = "Each kind of personal data this service keeps only for a period: what happens past it (ERASE "
                    + "or ANONYMISE), the period (dj.retention.periods.<kind>, ISO 8601), the cutoff, how many rows are "
                    + "due now (the nightly job erases them), and the last run. For the city administrator and "
                    + "auditors (@CityAdminOrAuditors).")
    public List<RetentionKind> overview() {
        return retention.overview();
    }
}
