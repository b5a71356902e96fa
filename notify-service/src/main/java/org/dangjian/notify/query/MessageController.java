package org.dangjian.notify.query;

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
    MessageQuery.Listing list(@RequestParam(required = false) Long orgId,
                              @RequestParam(required = false) MessageKind kind,
                              @RequestParam(required = false) MessageStatus status,
                              @RequestParam(required = false) String recipient,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
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
    MessageView resend(@PathVariable long id) {
        return resending.resend(id);
    }
}
