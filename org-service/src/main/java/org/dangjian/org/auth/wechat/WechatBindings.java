package org.dangjian.org.auth.wechat;

import java.time.Clock;
import java.util.List;
import org.dangjian.contracts.auth.WechatBound;
import org.dangjian.contracts.auth.WechatUnbound;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The binding of a WeChat user (open id) to an account, one WeChat user per account: binding another
 * replaces the earlier one (a member who changed WeChat accounts must not stay reachable, and able to
 * log in, through the old one). Each change is announced ({@code auth.wechat-bound} /
 * {@code auth.wechat-unbound}) in the transaction that makes it, so notify-service knows where to send
 * subscribe messages.
 */
@Component
class WechatBindings {
    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final TransactionTemplate tx;
    private final Clock clock;

    WechatBindings(JdbcClient jdbc, EventOutbox outbox, EventSeal seal, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.seal = seal;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Binds {@code openId} to the account in place of any earlier open id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the open id is bound already (to any
     *                                                       account); nothing changes then
     */
    void bind(String openId, Account account) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO wechat_binding (openid, account_id, created_at) VALUES (?, ?, ?)")
                    .params(openId, account.getId(), StoredTime.now(clock))
                    .update();
            List<String> replaced = jdbc.sql("SELECT openid FROM wechat_binding WHERE account_id = ?"
                    + " AND openid <> ? FOR UPDATE").params(account.getId(), openId).query(String.class).list();
            for (String old : replaced) {
                jdbc.sql("DELETE FROM wechat_binding WHERE openid = ?").param(old).update();
                outbox.add(new WechatUnbound(account.getId(), seal.seal(old)));
            }
            outbox.add(new WechatBound(account.getId(), account.getMemberId(), seal.seal(openId)));
        });
    }
}
