package org.dangjian.org.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/auth/audit}: for the city administrator and auditors (in their subtree). */
@Tag(name = "审计日志", description = "账号操作和各种登录的审计记录。"
        + "The audit log of account operations and of every kind of login, successful or refused.")
@RestController
public class AuditController {
    private final AuditQuery query;

    public AuditController(AuditQuery query) {
        this.query = query;
    }

    @Operation(operationId = "listAuditEntries", summary = "查询审计日志", description = """
            Pages of audit entries, newest first, filtered by time range, account, username, outcome and \
            action. For the city administrator and auditors (@CityAdminOrAuditors); an auditor sees the entries \
            of accounts in their subtree. `from` and `to` take an ISO-8601 time with an offset \
            (2026-11-25T08:00:00Z), a local date-time or a date (its midnight).""")
    @ApiResponse(responseCode = "400", description = "时间格式不正确，或起始时间晚于结束时间。"
            + "A time cannot be read (INVALID_VALUE) or `from` is after `to` (AUDIT_RANGE_INVALID), "
            + "code VALIDATION_FAILED with the field in `errors`")
    @CityAdminOrAuditors
    @GetMapping("/api/auth/audit")
    @ResponseStatus(HttpStatus.OK)
    public PageResult<AuditEntry> audit(@Parameter(description = "起始时间（含）。From this time on.", example = "2026-11-01")
                                        @RequestParam(required = false) String from,
                                        @Parameter(description = "结束时间（含）。Up to this time.", example = "2026-11-30T23:59:59+08:00")
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
