package org.dangjian.transfer.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "组织关系转接查询", description = "查询组织关系转接：按条件列表、待我审批、我的转接、超期环节和年度统计。"
        + "Reading transfers in bulk: the filtered list, what awaits the caller's decision, a member's own,"
        + " overdue steps and a subtree's yearly figures.")
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
    @Operation(operationId = "listTransfers", summary = "查询组织关系转接列表", description = """
            The transfers the caller may see (either end in the caller's organisations, or the caller's own), \
            newest registration first, each with its approval chain but without its trail. Optional filters: \
            status (repeat it for several), kind, orgId (either end in that subtree), memberId, and the \
            registration dates from and to (both inclusive, business time zone). Any signed-in user.""")
    @ApiResponse(responseCode = "200", description = "一页转接。One page of transfers.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "请求有误，如结束日期早于开始日期。Bad request, e.g. `to` before `from`:"
            + " field to with TRANSFER_QUERY_RANGE_REVERSED (code VALIDATION_FAILED)")
    @ApiResponse(responseCode = "404", description = "指定的组织不存在或不在所辖范围内。The organisation named by orgId"
            + " does not exist or is outside the caller's organisations, code ORG_NOT_FOUND")
    @GetMapping
    public PageResult<TransferView> list(@Parameter(description = "状态，可重复以选多个。Status; repeat it for several.")
                                         @RequestParam(required = false) List<TransferStatus> status,
                                         @RequestParam(required = false) TransferKind kind,
                                         @Parameter(description = "组织：转出或接收方在其下级范围内。Either end in this"
                                                 + " organisation's subtree.")
                                         @RequestParam(required = false) Long orgId,
                                         @RequestParam(required = false) Long memberId,
                                         @Parameter(description = "登记日期起（含）。Registered on or after.", example = "2026-01-01")
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                         @Parameter(description = "登记日期止（含）。Registered on or before.", example = "2026-12-31")
                                         @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return search.find(new TransferCriteria(status, kind, orgId, memberId, from, to), PageQuery.of(page, size),
                CurrentUsers.get());
    }

    @Operation(operationId = "listPendingTransfers", summary = "查看待我审批的转接", description = """
            The transfers whose pending step belongs to the caller's own organisation, the earliest due date \
            first. Only administrators decide; for anyone else the page is simply empty. Any signed-in user.""")
    @GetMapping("/pending")
    public PageResult<TransferView> pending(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return search.pending(PageQuery.of(page, size), CurrentUsers.get());
    }

    @Operation(operationId = "listMyTransfers", summary = "查看我的组织关系转接", description = """
            The signed-in member's own transfers, newest first; empty for an account that is not a member's. \
            Any signed-in user.""")
    @GetMapping("/mine")
    public PageResult<TransferView> mine(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return search.mine(PageQuery.of(page, size), CurrentUsers.get());
    }

    /** Overdue steps and figures are about the tree: for administrators and auditors, within their scope. */
    @Operation(operationId = "listOverdueTransferSteps", summary = "查看超期未审批的环节", description = """
            Pending approval steps past their due date within the caller's organisations, or within the \
            subtree of orgId. daysOverdue counts working days after the due date, calendarDaysOverdue every \
            day. For administrators and auditors (@AdministratorsOrAuditors).""")
    @ApiResponse(responseCode = "200", description = "一页超期环节，超期最久的在前。One page of overdue steps.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "指定的组织不存在或不在所辖范围内。The organisation named by orgId"
            + " does not exist or is outside the caller's organisations, code ORG_NOT_FOUND")
    @AdministratorsOrAuditors
    @GetMapping("/overdue")
    public PageResult<OverdueStep> overdue(@RequestParam(required = false) Long orgId,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return overdue.under(scope.named(orgId, CurrentUsers.get()), PageQuery.of(page, size));
    }

    @Operation(operationId = "getTransferStatistics", summary = "统计组织关系转接", description = """
            A year's transfers within the caller's organisations, or within the subtree of orgId (either end \
            in it): registrations and outcomes per month and in total, average days to complete, and the \
            average hours each approving organisation took to decide. year defaults to the current one and \
            runs from 1921 to the current year. For administrators and auditors (@AdministratorsOrAuditors).""")
    @ApiResponse(responseCode = "200", description = "全年统计。The year's figures.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "年份超出范围。The year is out of range: field year with"
            + " TRANSFER_QUERY_YEAR_OUT_OF_RANGE (code VALIDATION_FAILED)")
    @ApiResponse(responseCode = "404", description = "指定的组织不存在或不在所辖范围内。The organisation named by orgId"
            + " does not exist or is outside the caller's organisations, code ORG_NOT_FOUND")
    @AdministratorsOrAuditors
    @GetMapping("/stats")
    public TransferStatistics stats(@RequestParam(required = false) Long orgId,
                                    @Parameter(description = "年份，缺省为今年。The year; this year when absent.", example = "2026")
                                    @RequestParam(required = false) Integer year) {
        return stats.of(orgId, scope.named(orgId, CurrentUsers.get()), year);
    }
}
