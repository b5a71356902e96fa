package org.dangjian.notify.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.contracts.auth.WechatBound;
import org.dangjian.contracts.auth.WechatUnbound;
import org.dangjian.kit.crypto.EventSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Members' WeChat mini-program users, kept from org-service's {@code auth.wechat-bound} and
 * {@code auth.wechat-unbound}: one open id per account, found by the member the account belongs to.
 * Open ids travel sealed (org-service seals them with the field keys) and are stored as they are (see
 * V3__wechat.sql): an app-scoped pseudonym, not a phone number.
 */
@Service
public class WechatContacts {
    private final JdbcClient jdbc;
    private final EventSeal seal;

    WechatContacts(JdbcClient jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    public void bound(WechatBound e) {
        jdbc.sql("INSERT INTO wechat_contact (account_id, member_id, openid, updated_at) VALUES (?, ?, ?, NOW(6))"
                        + " ON DUPLICATE KEY UPDATE member_id = VALUES(member_id), openid = VALUES(openid),"
                        + " updated_at = NOW(6)")
                .params(e.accountId(), e.memberId(), seal.open(e.openId())).update();
    }

    /** Forgets this open id only: the account may have bound another since, announced after this one. */
    public void unbound(WechatUnbound e) {
        jdbc.sql("DELETE FROM wechat_contact WHERE account_id = ? AND openid = ?")
                .params(e.accountId(), seal.open(e.openId())).update();
    }

    /** The open ids of those of {@code memberIds} who have one, by member id (a burst of greetings at once). */
    public Map<Long, String> openIdsOfMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<Long, String>> rows = jdbc.sql("SELECT member_id, openid FROM wechat_contact"
                        + " WHERE member_id IN (:ids)")
                .param("ids", memberIds)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
