package org.dangjian.org.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/auth/audit}: for the city administrator and auditors (in their subtree). */
@RestController
public class AuditController {
    private final AuditQuery query;

    public AuditController(AuditQuery query) {
        this.query = query;
    }

    @CityAdminOrAuditors
    @GetMapping("/api/auth/audit")
    public PageResult<AuditEntry> audit(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) Long accountId,
                                        @RequestParam(required = false) String username,
                                        @RequestParam(required = false) AuditOutcome outcome,
                                        @RequestParam(required = false) AuditAction action,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        LocalDateTime start = time("from", from);
        LocalDateTime end = time("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.invalidField("from", "AUDIT_RANGE_INVALID");
        }
        return query.find(new AuditFilter(start, end, accountId, username, outcome, action),
                PageQuery.of(page, size));
    }

    /** ISO-8601 with an offset ({@code 2026-11-25T08:00:00Z}), local date-time, or a date (its midnight). */
    static LocalDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return StoredTime.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay();
                } catch (DateTimeParseException notADate) {
                    throw ApiException.invalidField(field, "INVALID_VALUE");
                }
            }
        }
    }
}
