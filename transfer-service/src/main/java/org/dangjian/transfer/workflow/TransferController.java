package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering a transfer, reading one, and each decision along its way. Whoever may see a transfer
 * reads it; only administrators act on it (which side may do what is the workflow's rule).
 */
@Tag(name = "组织关系转接", description = "登记党员组织关系转接，逐级审批、退回、确认报到或撤销。"
        + "Registering a member's transfer between organisations and each step of it: approval level by level,"
        + " rejection, confirming the member's arrival, cancellation.")
@RestController
@RequestMapping("/api/transfers")
public class TransferController {
    private final TransferRegistration registration;
    private final TransferDecisions decisions;
    private final TransferClosing closing;
    private final TransferAccess access;

    TransferController(TransferRegistration registration, TransferDecisions decisions, TransferClosing closing,
                       TransferAccess access) {
        this.registration = registration;
        this.decisions = decisions;
        this.closing = closing;
        this.access = access;
    }

    @Operation(operationId = "registerTransfer", summary = "登记组织关系转接", description = """
            Registers a transfer for a member within the caller's organisations and opens the first approval \
            step (due in the configured number of working days); when no level has to approve, the transfer is \
            approved at once. The dues month comes from points-service's payments; duesPaidUntil replaces it only \
            with duesOverrideReason. The reason is a code of the table 组织关系转接原因 (reasonCode; 99 其他 \
            needs reasonNote). IN_CITY names the receiving branch (toOrgId); OUT_OF_CITY names the receiving \
            organisation outside the city (externalOrg) and where it is: a GB/T 2260 region code (externalRegion) \
            and the street (externalAddress); INTO_CITY names where the member comes from (externalOrg, \
            externalRegion) and the member's own branch receives them, recording the letter the member brings \
            (outsideLetterNumber, outsideLetterDate, outsideLetterIssuer). Whether the transfer crosses provinces \
            (a longer letter validity) is derived from externalRegion against the city's own region code; a client's \
            acrossProvinces is ignored. A member has at most one open transfer. For administrators (@Administrators).""")
    @ApiResponse(responseCode = "201", description = "已登记的转接。The transfer as registered.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "请求有误，errors 列出字段及原因（如此转接类型必须填写、接收组织不存在、"
            + "接收组织必须是党支部、接收支部不能是现所在支部）。Bad request: `errors` names each field at fault, e.g. "
            + "TRANSFER_FIELD_REQUIRED, TRANSFER_FIELD_NOT_FOR_KIND, TRANSFER_DESTINATION_NOT_FOUND, "
            + "TRANSFER_DESTINATION_NOT_A_BRANCH, TRANSFER_SAME_BRANCH, TRANSFER_RECEIVER_IS_MEMBERS_BRANCH, "
            + "TRANSFER_DUES_OVERRIDE_REASON_REQUIRED, TRANSFER_DUES_REASON_WITHOUT_MONTH, TRANSFER_REGION_UNKNOWN (externalRegion),"
            + " TRANSFER_REASON_UNKNOWN (reasonCode), TRANSFER_REASON_NOTE_REQUIRED (reasonNote) (code VALIDATION_FAILED)")
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖组织内。The member does not exist or is outside the"
            + " caller's organisations, code MEMBER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该党员状态不能转接，或已有一笔正在办理的转接。The member's standing does"
            + " not allow a transfer, code TRANSFER_MEMBER_NOT_ACTIVE; or the member already has an open transfer,"
            + " code TRANSFER_ALREADY_OPEN")
    @ResponseStatus(HttpStatus.CREATED)
    @Administrators
    @PostMapping
    public ResponseEntity<TransferView> register(@Valid @RequestBody RegisterTransferRequest request) {
        Transfer t = registration.register(request, CurrentUsers.get());
        return ResponseEntity.created(URI.create("/api/transfers/" + t.getId())).body(access.view(t));
    }

    @Operation(operationId = "getTransfer", summary = "查看组织关系转接", description = """
            One transfer with its approval chain in order and its whole trail (who did what, when). Anyone \
            signed in whose organisations hold either end of the transfer may read it, and the member it is \
            about.""")
    @ApiResponse(responseCode = "200", description = "转接详情，含审批链和办理记录。The transfer with its chain and trail.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @GetMapping("/{id:\\d+}")
    public TransferView get(@PathVariable long id) {
        return access.view(access.get(id));
    }

    @Operation(operationId = "approveTransfer", summary = "审批同意转接", description = """
            Approves the pending step: the next level's step opens with its due date, or after the last level \
            the transfer becomes APPROVED: out of the city the letter of introduction is issued in the name of \
            the approving committee; within the city (paperless) and into it none, the member reports by reportBy. \
            For administrators \
            (@Administrators) of the organisation at the pending step; the city administrator may decide any \
            step (otherwise 403 with the reason TRANSFER_NOT_YOUR_STEP). The body is optional; sending the \
            version last read refuses the decision if someone acted since.""")
    @ApiResponse(responseCode = "200", description = "审批后的转接。The transfer as it now stands.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该转接不在审批中，或刚被他人处理。The transfer is not awaiting approval,"
            + " code TRANSFER_NOT_PENDING; or someone else acted on it first, code TRANSFER_CHANGED_CONCURRENTLY")
    @Administrators
    @PostMapping("/{id:\\d+}/approve")
    public TransferView approve(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return access.view(decisions.approve(id, orNone(decision), CurrentUsers.get()));
    }

    @Operation(operationId = "rejectTransfer", summary = "退回转接", description = """
            Rejects the pending step, which ends the transfer as REJECTED with the comment as its reason; \
            the comment is required. For administrators (@Administrators) of the organisation at the pending \
            step; the city administrator may decide any step (otherwise 403 with the reason \
            TRANSFER_NOT_YOUR_STEP).""")
    @ApiResponse(responseCode = "200", description = "已退回的转接。The transfer, now rejected.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "退回时必须填写理由，或字段有误。The comment (the reason) is missing,"
            + " field comment with TRANSFER_REJECTION_REASON_REQUIRED, or another field is at fault (code VALIDATION_FAILED)")
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该转接不在审批中，或刚被他人处理。The transfer is not awaiting approval,"
            + " code TRANSFER_NOT_PENDING; or someone else acted on it first, code TRANSFER_CHANGED_CONCURRENTLY")
    @Administrators
    @PostMapping("/{id:\\d+}/reject")
    public TransferView reject(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest decision) {
        return access.view(decisions.reject(id, orNone(decision), CurrentUsers.get()));
    }

    @Operation(operationId = "confirmTransferArrival", summary = "确认党员报到", description = """
            Confirms that the member reported: the one way a transfer completes. Within the city (paperless, no \
            letter) the receiving branch confirms the member reported to it; out of the city the sending side \
            confirms the receipt came back; into the city the receiving branch. The transfer ends as COMPLETED \
            and the member moves. Only while the transfer is APPROVED and within its letter's validity or, \
            without a letter, its reporting period. For administrators (@Administrators) of the receiving side (otherwise \
            403 with the reason TRANSFER_NOT_RECEIVING_SIDE). The body (a note) is optional.""")
    @ApiResponse(responseCode = "200", description = "已完成的转接。The transfer, now completed.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "尚未审批通过、介绍信已过期或报到期限已过，或刚被他人处理。The transfer is not approved"
            + " yet, code TRANSFER_NOT_APPROVED; its letter has expired, code TRANSFER_LETTER_EXPIRED, or its reporting"
            + " period is over, code TRANSFER_REPORTING_PERIOD_OVER; or someone else"
            + " acted on it first, code TRANSFER_CHANGED_CONCURRENTLY")
    @Administrators
    @PostMapping("/{id:\\d+}/arrive")
    public TransferView arrive(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest note) {
        return access.view(closing.arrive(id, orNone(note), CurrentUsers.get()));
    }

    @Operation(operationId = "cancelTransfer", summary = "撤销转接", description = """
            Cancels an open transfer (pending or approved): it ends as CANCELLED with the comment as its \
            reason. For administrators (@Administrators) of the side that registered it, the sending branch \
            or, for INTO_CITY, the receiving one (otherwise 403 with the reason TRANSFER_NOT_REGISTERING_SIDE). \
            The body is optional.""")
    @ApiResponse(responseCode = "200", description = "已撤销的转接。The transfer, now cancelled.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该转接已结束，或刚被他人处理。The transfer has already ended,"
            + " code TRANSFER_NOT_OPEN; or someone else acted on it first, code TRANSFER_CHANGED_CONCURRENTLY")
    @Administrators
    @PostMapping("/{id:\\d+}/cancel")
    public TransferView cancel(@PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest note) {
        return access.view(closing.cancel(id, orNone(note), CurrentUsers.get()));
    }

    private static DecisionRequest orNone(DecisionRequest body) {
        return body == null ? DecisionRequest.none() : body;
    }
}
