package org.dangjian.kit.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.CityAdminOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The route of a service's write audit, for the city administrator (the whole city) and auditors (their own
 * subtree). A service mounts it under its own area by extending this class, giving the way to its organisations'
 * paths:
 * <pre>
 * &#64;RestController
 * &#64;RequestMapping("/api/members/write-audit")
 * public class MemberWriteAuditController extends WriteAuditRoutes { ... }
 * </pre>
 * Operation ids follow the subclass ({@code memberWriteAuditList}), unique across the platform.
 */
public abstract class WriteAuditRoutes {
    private final WriteAuditLog audit;
    private final LongFunction<Optional<String>> orgPaths;

    /** {@code orgPaths}: the path of an organisation by id, empty when the service does not know it. */
    protected WriteAuditRoutes(WriteAuditLog audit, LongFunction<Optional<String>> orgPaths) {
        this.audit = audit;
        this.orgPaths = orgPaths;
    }

    @CityAdminOrAuditors
    @GetMapping
    @Operation(summary = "查看写操作记录",
            description = "Every write this service answered (POST, PUT, PATCH, DELETE), newest first: who (account, or "
                    + "service:<name> for another service), when, method, route and path (never the request's body), "
                    + "the status and its outcome, the client's address and the trace id. The city administrator sees "
                    + "the whole city, an auditor the writes of accounts in their own subtree; orgId narrows to an "
                    + "organisation's subtree. Kept for dj.audit.retention (at least 6 months). For the city "
                    + "administrator and auditors (@CityAdminOrAuditors).")
    @ApiResponse(responseCode = "200", description = "写操作记录。The writes, a page.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在管辖范围内。No such organisation in the caller's "
            + "subtree, code AUDIT_ORG_NOT_FOUND")
    public PageResult<WriteAuditEntry> list(
            @Parameter(description = "只看此组织（含下级）的人员的操作。Only writes by accounts of this organisation's subtree.")
            @RequestParam(required = false) Long orgId,
            @Parameter(description = "只看此用户名的操作。Only this username's writes.")
            @RequestParam(required = false) String username,
            @Parameter(description = "起始日期（含）。From this date on.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "截止日期（含）。Up to this date.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "只看此结果：OK、REFUSED、FAILED。Only this outcome.")
            @RequestParam(required = false) WriteOutcome outcome,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser caller = CurrentUsers.get();
        String subtree = caller.isCityAdmin() ? null : caller.orgPath();
        if (orgId != null) {
            subtree = orgPaths.apply(orgId).filter(caller::covers)
                    .orElseThrow(() -> ApiException.notFound("AUDIT_ORG_NOT_FOUND"));
        }
        WriteAuditLog.Query query = new WriteAuditLog.Query(subtree, blankToNull(username), from, to, outcome);
        PageQuery paging = PageQuery.of(page, size);
        return PageResult.of(audit.list(query, paging.offset(), paging.size()), audit.count(query), paging);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
