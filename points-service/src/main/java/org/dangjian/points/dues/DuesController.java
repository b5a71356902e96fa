package org.dangjian.points.dues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dues (党费): the yearly base per member, reductions and exemptions with their approval, payments per
 * month, and a month's summary per branch.
 */
@RestController
@RequestMapping("/api/points/dues")
@Tag(name = "党费", description = "党费基数、减免与免交、按月交纳及各支部的月度汇总。"
        + "Party dues: each member's yearly base, reductions and exemptions, monthly payments, and a month's summary per branch.")
public class DuesController {
    private final DuesBases bases;
    private final DuesReductions reductions;
    private final DuesPayments payments;
    private final DuesSummaries summaries;
    private final MyDues mine;
    private final Clock clock;

    DuesController(DuesBases bases, DuesReductions reductions, DuesPayments payments, DuesSummaries summaries,
                   MyDues mine, Clock clock) {
        this.bases = bases;
        this.reductions = reductions;
        this.payments = payments;
        this.summaries = summaries;
        this.mine = mine;
        this.clock = clock;
    }

    /** 201 for the year's first base, 200 when it replaces one. */
    @Administrators
    @PostMapping("/bases")
    @Operation(operationId = "setDuesBase", summary = "设定党费基数",
            description = "Sets a member's base for a year (last year, this year or next year), from which the "
                    + "monthly amount follows by the 2008 brackets: after-tax pay for the employed, the pension for the "
                    + "retired, the monthly amount itself (0.20 to 1.00) for farmers, none for students and the unemployed. "
                    + "The dues group follows from the occupation in the member's record (the occupation table's dues "
                    + "group): `group` may be left out, and a `group` contradicting the occupation is refused (400 naming "
                    + "`group`). Only when the record has no occupation is the group taken from the request, and then it "
                    + "is required. A year's base keeps the group it was set with; a changed occupation applies from the "
                    + "next base set. Setting it again for the same year replaces it (answered 200 with `replaced` true; "
                    + "the first time 201). For administrators (@Administrators) whose subtree holds the member.")
    @ApiResponse(responseCode = "400", description = "年份、基数或党费类别不符合要求：类别与工作岗位不符（POINTS_DUES_GROUP_CONTRADICTS_OCCUPATION），"
            + "或档案中没有工作岗位而未填写类别（POINTS_DUES_GROUP_REQUIRED）。The year, base or group is refused, each by its field: "
            + "a group contradicting the occupation, or no group where the record has no occupation.")
    @ApiResponse(responseCode = "201", description = "已设定当年基数。The year's first base was set.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "已替换当年原有基数。The year's base replaced an earlier one (`replaced` is true).", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or outside the caller's subtree, code POINTS_MEMBER_NOT_FOUND")
    public ResponseEntity<DuesBaseView> setBase(@Valid @RequestBody SetBaseRequest request) {
        DuesBaseView view = bases.set(request, CurrentUsers.get());
        return ResponseEntity.status(view.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
    }

    @Administrators
    @PostMapping("/reductions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordDuesReduction", summary = "登记党费减免",
            description = "Records a reduction of a member's monthly dues, or an exemption at 0, for months `fromMonth` to "
                    + "`toMonth` (December by default) of a year, with the approval behind it. The member needs a base for "
                    + "that year, the amount must be below the standard monthly amount, and ranges of one member may not "
                    + "overlap. For administrators (@Administrators) whose subtree holds the member.")
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or outside the caller's subtree, code POINTS_MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "这些月份已有减免记录。Some of these months already have a reduction, code POINTS_DUES_REDUCTION_OVERLAPS")
    public ResponseEntity<ReductionView> reduce(@Valid @RequestBody ReductionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reductions.record(request, CurrentUsers.get()));
    }

    @Administrators
    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordDuesPayment", summary = "登记党费交纳",
            description = "Records a member's payment for one or more months (`yyyy-MM`) as the branch received it, and books "
                    + "the points: on time when paid by the end of the month. Every month must be due: not more than six "
                    + "months back, not before admission, with a base set, not exempt; the amount must cover what is due "
                    + "(anything above is a voluntary extra, kept on the last month). Each bad month is reported at once by "
                    + "its index. For administrators (@Administrators) whose subtree holds the member.")
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or outside the caller's subtree, code POINTS_MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该月份的党费已经交纳。One of the months is already paid, code POINTS_DUES_MONTH_PAID")
    public ResponseEntity<PaymentView> pay(@Valid @RequestBody PaymentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.pay(request, CurrentUsers.get()));
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getDuesSummary", summary = "查看党费月度汇总",
            description = "A month's dues (this month by default) in the caller's subtree or `orgId`'s: due, paid and outstanding "
                    + "per branch and in all; for a single branch also its members one by one. Exempt members and members "
                    + "without a base are counted apart. For administrators and auditors (@AdministratorsOrAuditors); a "
                    + "caller without a subtree role and no `orgId` is refused (403).")
    @ApiResponse(responseCode = "200", description = "月度汇总。The month's summary.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public DuesSummaryView summary(@Parameter(description = "只看该组织及其下级。Only this organisation's subtree.")
                                   @RequestParam(required = false) Long orgId,
                                   @Parameter(description = "月份 yyyy-MM，默认本月。The month as yyyy-MM, this month by default.",
                                           example = "2026-09")
                                   @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return summaries.of(orgId, month == null ? YearMonth.now(clock) : month, CurrentUsers.get());
    }

    @GetMapping("/mine")
    @Operation(operationId = "getMyDues", summary = "查看我的党费",
            description = "The calling member's own dues in a year (this year by default), month by month: due (after any "
                    + "reduction), paid and when, and where each month stands; with the months paid, the months owed (due "
                    + "before this month and not paid) and the amount owed. What the mini-program shows. Months and the "
                    + "monthly amount are empty until the branch sets the year's base, and for a caller who is not a member.")
    @ApiResponse(responseCode = "200", description = "本人一年的党费。The member's dues in the year.", useReturnTypeSchema = true)
    public MyDuesView mine(@Parameter(description = "年度，默认今年。The year, this year by default.", example = "2026")
                           @RequestParam(required = false) Integer year) {
        return mine.of(year == null ? YearMonth.now(clock).getYear() : year, CurrentUsers.get());
    }
}
