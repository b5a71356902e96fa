package org.dangjian.notify.query;

import java.sql.Timestamp;
import java.time.Clock;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.notify.message.DeliverySignal;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.MessageMapper;
import org.dangjian.notify.message.SendPolicy;
import org.dangjian.notify.message.MessageStatus;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final DeliverySignal signal;
    private final SendPolicy policy;
    private final Clock clock;

    Resending(MessageMapper messages, JdbcClient jdbc, DeliverySignal signal, SendPolicy policy, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.signal = signal;
        this.policy = policy;
        this.clock = clock;
    }

    MessageView resend(long id, CurrentUser caller) {
        if (!caller.isCityAdmin() && !caller.hasRole(CurrentUser.ORG_ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        Message m = messages.selectById(id);
        if (m == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (m.isUrgent()) {
            throw ApiException.conflict(CODE);
        }
        // it now counts against today's share of the phone (the limit does not hold back an administrator)
        int changed = jdbc.sql("UPDATE message SET status = 'WAITING', held_reason = NULL, attempts = 0,"
                        + " next_attempt_at = ?, send_day = ?, last_error = NULL WHERE id = ? AND status IN ('FAILED', 'HELD')")
                .params(Timestamp.from(clock.instant()), policy.sendDay(false, clock.instant()), id).update();
        if (changed == 0) {
            throw ApiException.conflict(NOT_RESENDABLE);
        }
        signal.wake();
        return MessageView.of(messages.selectById(id));
    }
}
