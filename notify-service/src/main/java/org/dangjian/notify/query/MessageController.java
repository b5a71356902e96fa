package org.dangjian.notify.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The message log of the caller's subtree, and resending a failed or held message. */
@RestController
@RequestMapping("/api/notifications/messages")
@Tag(name = "消息记录", description = "所辖组织发出的短信和微信消息及其发送状态，重新发送失败或暂缓的消息。"
        + "The messages sent in the caller's subtree and where each stands; resending failed or held messages.")
class MessageController {
    private final MessageQuery query;
    private final Resending resending;

    MessageController(MessageQuery query, Resending resending) {
        this.query = query;
        this.resending = resending;
    }

    /** Members have no log of their own here: their messages are the ones they received. */
    @GetMapping
    @AdministratorsOrAuditors
    @Operation(operationId = "listMessages", summary = "查询消息记录", description = """
            Lists the messages of the caller's subtree, newest first, paged, with `counts`: how many messages \
            of the same filters stand in each status (the status filter aside). Recipients come masked and \
            one-time codes are masked in the text. A message a worker is sending shows as WAITING, and the \
            WAITING filter finds those too. Administrators and auditors (@AdministratorsOrAuditors); an \
            organisation's administrator sees its subtree only.""")
    @ApiResponse(responseCode = "200", description = "一页消息及各状态条数。A page of messages with the counts by status.")
    @ApiResponse(responseCode = "400", description = "请求有误：recipient 须为 11 位手机号，from 不能晚于 to。"
            + "Bad request, code VALIDATION_FAILED: `recipient` must be an 11-digit mobile number"
            + " (NOTIFY_RECIPIENT_NOT_A_PHONE), `from` must not be after `to` (NOTIFY_RANGE_REVERSED).")
    @ApiResponse(responseCode = "404", description = "orgId 所指组织不存在或不在所辖范围内。"
            + "The organisation of `orgId` does not exist or is outside the caller's subtree, code ORG_NOT_FOUND.")
    MessageQuery.Listing list(@Parameter(description = "只看此组织及其下级的消息。Only messages of this organisation and those under it.")
                              @RequestParam(required = false) Long orgId,
                              @RequestParam(required = false) MessageKind kind,
                              @RequestParam(required = false) MessageStatus status,
                              @Parameter(description = "收件人手机号，完整 11 位，精确匹配。The recipient's full mobile number, matched exactly.",
                                      schema = @Schema(type = "string", example = "13912345678"))
                              @RequestParam(required = false) String recipient,
                              @Parameter(description = "创建时间不早于此刻（含）。Created at or after this instant.",
                                      example = "2026-03-01T00:00:00+08:00")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                              @Parameter(description = "创建时间早于此刻（不含）。Created before this instant.",
                                      example = "2026-04-01T00:00:00+08:00")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (recipient != null && !recipient.strip().matches("1[3-9]\\d{9}")) {
            throw ApiException.invalidField("recipient", "NOTIFY_RECIPIENT_NOT_A_PHONE");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalidField("from", "NOTIFY_RANGE_REVERSED");
        }
        return query.list(new MessageQuery.Filter(orgId, kind, status, recipient == null ? null : recipient.strip(),
                from, to), PageQuery.of(page, size), CurrentUsers.get());
    }

    @PostMapping("/{id:\\d+}/resend")
    @Administrators
    @Operation(operationId = "resendMessage", summary = "重新发送消息", description = """
            Sends a FAILED or HELD message again: it waits for the delivery worker at once with fresh \
            attempts, and counts against the phone's share of the day (the daily limit does not hold back \
            an administrator). One-time codes are never resent. Answers the message as it now stands. \
            Administrators (@Administrators); an organisation's administrator only within its subtree.""")
    @ApiResponse(responseCode = "200", description = "已重新排队，答复消息的当前状态。Queued again; the message as it now stands.")
    @ApiResponse(responseCode = "404", description = "消息不存在或不在所辖范围内。"
            + "No such message in the caller's subtree, code NOTIFY_MESSAGE_NOT_FOUND.")
    @ApiResponse(responseCode = "409", description = "只有发送失败或被暂缓的消息可以重新发送；验证码短信不能重发。"
            + "Only a failed or held message can be resent, code NOTIFY_MESSAGE_NOT_RESENDABLE;"
            + " a one-time code is never resent, code NOTIFY_CODE_NOT_RESENDABLE.")
    MessageView resend(@PathVariable long id) {
        return resending.resend(id);
    }
}
