package org.dangjian.notify.query;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.Clock;
import java.time.Instant;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.notify.message.DeliverySignal;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import org.dangjian.notify.message.SendPolicy;
import org.dangjian.notify.message.MessageStatus;
import org.springframework.stereotype.Service;

/**
 * An administrator sends a failed or held-back message again: it waits for the worker now, with fresh
 * attempts. A one-time code is never resent: its values are gone and it would have run out anyway.
 */
@Service
class Resending {
    static final String NOT_FOUND = "NOTIFY_MESSAGE_NOT_FOUND";
    static final String NOT_RESENDABLE = "NOTIFY_MESSAGE_NOT_RESENDABLE";
    static final String CODE = "NOTIFY_CODE_NOT_RESENDABLE";
    private final MessageMapper messages;
    private final DeliverySignal signal;
    private final SendPolicy policy;
    private final Clock clock;

    Resending(MessageMapper messages, DeliverySignal signal, SendPolicy policy, Clock clock) {
        this.messages = messages;
        this.signal = signal;
        this.policy = policy;
        this.clock = clock;
    }

    /** A message outside the caller's subtree is not found: the scope limits both the read and the update. */
    MessageView resend(long id) {
        Message m = messages.selectById(id);
        if (m == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (m.isUrgent()) {
            throw ApiException.conflict(CODE);
        }
        // it now counts against today's share of the phone (the limit does not hold back an administrator)
        Instant now = clock.instant();
        int changed = messages.update(new UpdateWrapper<Message>()
                .set("status", MessageStatus.WAITING.name()).set("held_reason", null).set("attempts", 0)
                .set("next_attempt_at", now).set("send_day", policy.sendDay(false, now)).set("last_error", null)
                .eq("id", id).in("status", MessageStatus.FAILED.name(), MessageStatus.HELD.name()));
        if (changed == 0) {
            throw ApiException.conflict(NOT_RESENDABLE);
        }
        signal.wake();
        return MessageView.of(messages.selectById(id));
    }
}
