package org.dangjian.transfer.query;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.transfer.workflow.TransferStatus;
import org.dangjian.transfer.workflow.TransferView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading transfers in bulk: the list with filters, what waits for the caller's decision, a member's
 * own, overdue steps and a subtree's yearly figures. Lists are {@code {items, total, page, size}}.
 */
@RestController
@RequestMapping("/api/transfers")
public class TransferQueryController {
    private final TransferSearch search;
    private final OverdueSteps overdue;
    private final TransferStats stats;
    private final QueryScope scope;

    TransferQueryController(TransferSearch search, OverdueSteps overdue, TransferStats stats, QueryScope scope) {
        this.search = search;
        this.overdue = overdue;
        this.stats = stats;
        this.scope = scope;
    }

    /** Repeat {@code status} for several; {@code orgId} keeps transfers with either end in its subtree. */
    @GetMapping
    public PageResult<TransferView> list(@RequestParam(required = false) List<TransferStatus> status,
                                         @RequestParam(required = false) TransferKind kind,
                                         @RequestParam(required = false) Long orgId,
                                         @RequestParam(required = false) Long memberId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return search.find(new TransferCriteria(status, kind, orgId, memberId, from, to), PageQuery.of(page, size),
                CurrentUsers.get());
    }

    @GetMapping("/pending")
    public PageResult<TransferView> pending(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return search.pending(PageQuery.of(page, size), CurrentUsers.get());
    }

    @GetMapping("/mine")
    public PageResult<TransferView> mine(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return search.mine(PageQuery.of(page, size), CurrentUsers.get());
    }

    /** Overdue steps and figures are about the tree: for administrators and auditors, within their scope. */
    @AdministratorsOrAuditors
    @GetMapping("/overdue")
    public PageResult<OverdueStep> overdue(@RequestParam(required = false) Long orgId,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return overdue.under(scope.named(orgId, CurrentUsers.get()), PageQuery.of(page, size));
    }

    @AdministratorsOrAuditors
    @GetMapping("/stats")
    public TransferStatistics stats(@RequestParam(required = false) Long orgId,
                                    @RequestParam(required = false) Integer year) {
        return stats.of(orgId, scope.named(orgId, CurrentUsers.get()), year);
    }
}
