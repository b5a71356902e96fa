package org.dangjian.transfer.query;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.transfer.workflow.StepStatus;
import org.dangjian.transfer.workflow.Transfer;
import org.dangjian.transfer.workflow.TransferAccess;
import org.dangjian.transfer.workflow.TransferMapper;
import org.dangjian.transfer.workflow.TransferStep;
import org.dangjian.transfer.workflow.TransferStepMapper;
import org.dangjian.transfer.workflow.TransferView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Lists of transfers with their chains. Every query on {@code transfer} goes through the data-scope
 * interceptor, so the page and its count only ever hold what the caller may see; this class adds only
 * what the client asked for.
 */
@Service
class TransferSearch {
    private final TransferMapper transfers;
    private final TransferStepMapper steps;
    private final TransferAccess access;
    private final OrgDirectory orgs;
    private final Clock clock;

    TransferSearch(TransferMapper transfers, TransferStepMapper steps, TransferAccess access, OrgDirectory orgs,
                   Clock clock) {
        this.transfers = transfers;
        this.steps = steps;
        this.access = access;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Newest registration first. */
    PageResult<TransferView> find(TransferCriteria c, PageQuery page, CurrentUser caller) {
        List<FieldProblem> problems = c.problems();
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        QueryWrapper<Transfer> where = new QueryWrapper<>();
        if (c.orgId() != null) {
            String path = orgs.findInScope(c.orgId(), caller).path();
            where.and(w -> w.likeRight("from_org_path", path).or().likeRight("to_org_path", path));
        }
        where.in(!c.statuses().isEmpty(), "status", c.statuses().stream().map(Enum::name).toList())
                .eq(c.kind() != null, "kind", c.kind() == null ? null : c.kind().name())
                .eq(c.memberId() != null, "member_id", c.memberId());
        if (c.from() != null) {
            where.ge("registered_at", c.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (c.to() != null) {
            where.lt("registered_at", c.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        return page(where.orderByDesc("registered_at", "id"), page);
    }

    /**
     * What waits for the caller's own organisation to decide, the most urgent first. Only
     * administrators decide; anyone else simply has nothing waiting (an empty page, not an error, so
     * every client may show the list).
     */
    PageResult<TransferView> pending(PageQuery page, CurrentUser caller) {
        if (!caller.isAdministrator() || caller.orgId() == null) {
            return PageResult.of(List.of(), 0, page);
        }
        // A pending step's organisation is above one end of its transfer, so the caller may see every
        // transfer found here; the page is taken over the steps, one pending step per transfer.
        Page<TransferStep> due = steps.selectPage(new Page<>(page.page(), page.size()),
                new QueryWrapper<TransferStep>().eq("org_id", caller.orgId()).eq("status", StepStatus.PENDING.name())
                        .orderByAsc("due_date", "transfer_id"));
        List<Long> ids = due.getRecords().stream().map(TransferStep::getTransferId).toList();
        Map<Long, Transfer> byId = ids.isEmpty() ? Map.of() : transfers.selectByIds(ids).stream()
                .collect(Collectors.toMap(Transfer::getId, Function.identity()));
        List<Transfer> ordered = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return PageResult.of(access.views(ordered), due.getTotal(), page);
    }

    /** A member's own transfers, newest first; a token without a member id has none. */
    PageResult<TransferView> mine(PageQuery page, CurrentUser caller) {
        if (caller.memberId() == null) {
            return PageResult.of(List.of(), 0, page);
        }
        QueryWrapper<Transfer> where = new QueryWrapper<Transfer>().eq("member_id", caller.memberId())
                .orderByDesc("registered_at", "id");
        return page(where, page);
    }

    private PageResult<TransferView> page(QueryWrapper<Transfer> where, PageQuery page) {
        Page<Transfer> result = transfers.selectPage(new Page<>(page.page(), page.size()), where);
        return PageResult.of(access.views(result.getRecords()), result.getTotal(), page);
    }
}
