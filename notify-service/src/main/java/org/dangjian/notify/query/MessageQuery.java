package org.dangjian.notify.query;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import org.dangjian.notify.message.MessageStatus;
import org.dangjian.notify.template.MessageKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages of the caller's subtree (the scope interceptor limits every query), narrowed by
 * organisation, kind, status, recipient phone (exact, through its blind index) and time, with counts
 * by status for the same filters.
 */
@Service
class MessageQuery {
    private final MessageMapper messages;
    private final OrgDirectory orgs;
    private final BlindIndex blindIndex;

    MessageQuery(MessageMapper messages, OrgDirectory orgs, BlindIndex blindIndex) {
        this.messages = messages;
        this.orgs = orgs;
        this.blindIndex = blindIndex;
    }

    record Filter(Long orgId, MessageKind kind, MessageStatus status, String recipient, Instant from, Instant to) {
    }

    @Schema(description = "一页消息，及同样条件下各状态的条数。A page of messages, with the counts by status for the same filters.")
    record Listing(List<MessageView> items, long total, int page, int size,
                   @Schema(description = "各状态（WAITING、HELD、SENT、DELIVERED、FAILED）的条数，不受 status 条件限制。"
                           + "How many messages stand in each status, the status filter aside (numbers as strings, like every 64-bit value).",
                           example = "{\"WAITING\":\"0\",\"HELD\":\"2\",\"SENT\":\"5\",\"DELIVERED\":\"120\",\"FAILED\":\"1\"}")
                   Map<String, Long> counts) {
    }

    /**
     * The page, its total and the counts read in one read-only transaction, so one snapshot (InnoDB's repeatable
     * read): a message the worker sends meanwhile is counted SENT only when the page shows it sent too. Read apart,
     * the counts once said SENT while the page still showed the attempt before.
     */
    @Transactional(readOnly = true)
    Listing list(Filter f, PageQuery page, CurrentUser caller) {
        QueryWrapper<Message> where = where(f, caller);
        if (f.status() != null) {
            if (f.status() == MessageStatus.WAITING) {
                where.in("status", MessageStatus.WAITING.name(), MessageStatus.SENDING.name());
            } else {
                where.eq("status", f.status().name());
            }
        }
        Page<Message> found = messages.selectPage(Page.of(page.page(), page.size()), where.orderByDesc("id"));
        PageResult<MessageView> result = PageResult.of(found.getRecords().stream().map(MessageView::of).toList(),
                found.getTotal(), page);
        return new Listing(result.items(), result.total(), result.page(), result.size(), counts(f, caller));
    }

    /** How many messages of the filter stand in each status (the status filter itself aside). */
    private Map<String, Long> counts(Filter f, CurrentUser caller) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MessageStatus s : List.of(MessageStatus.WAITING, MessageStatus.HELD, MessageStatus.SENT,
                MessageStatus.DELIVERED, MessageStatus.FAILED)) {
            counts.put(s.name(), 0L);
        }
        messages.selectMaps(where(f, caller).select("status", "COUNT(*) AS n").groupBy("status")).forEach(row -> {
            MessageStatus s = MessageStatus.valueOf(String.valueOf(row.get("status"))).shown();
            counts.merge(s.name(), ((Number) row.get("n")).longValue(), Long::sum);
        });
        return counts;
    }

    private QueryWrapper<Message> where(Filter f, CurrentUser caller) {
        QueryWrapper<Message> where = new QueryWrapper<>();
        if (f.orgId() != null) {
            OrgRef org = orgs.findInScope(f.orgId(), caller);
            where.likeRight("org_path", org.path());
        }
        if (f.kind() != null) {
            where.eq("kind", f.kind().name());
        }
        if (f.recipient() != null) {
            where.eq("phone_idx", blindIndex.of(f.recipient()));
        }
        if (f.from() != null) {
            where.ge("created_at", f.from());
        }
        if (f.to() != null) {
            where.lt("created_at", f.to());
        }
        return where;
    }
}
