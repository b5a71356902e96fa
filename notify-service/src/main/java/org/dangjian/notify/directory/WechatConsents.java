package org.dangjian.notify.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.notify.template.MessageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Members' consents to WeChat subscribe messages, per kind (see V11__wechat_consent.sql): counted as WeChat counts
 * one-time subscriptions, added to by the mini-program after the member allowed, taken one by one as messages go.
 */
@Service
public class WechatConsents {
    /** WeChat keeps no more than this many one-time acceptances; neither do we. */
    static final int MOST = 100;
    private final JdbcClient jdbc;

    WechatConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's allowances by kind (kinds never allowed are absent). */
    public Map<MessageKind, Integer> of(long memberId) {
        return jdbc.sql("SELECT kind, allowed FROM wechat_consent WHERE member_id = ?").param(memberId)
                .query((rs, i) -> Map.entry(MessageKind.valueOf(rs.getString(1)), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One more message allowed of each accepted kind; none of each refused kind. */
    public void answer(long memberId, Collection<MessageKind> accepted, Collection<MessageKind> refused) {
        for (MessageKind kind : accepted) {
            jdbc.sql("INSERT INTO wechat_consent (member_id, kind, allowed, updated_at) VALUES (?, ?, 1, NOW(6))"
                            + " ON DUPLICATE KEY UPDATE allowed = LEAST(allowed + 1, ?), updated_at = NOW(6)")
                    .params(memberId, kind.name(), MOST).update();
        }
        for (MessageKind kind : refused) {
            jdbc.sql("INSERT INTO wechat_consent (member_id, kind, allowed, updated_at) VALUES (?, ?, 0, NOW(6))"
                            + " ON DUPLICATE KEY UPDATE allowed = 0, updated_at = NOW(6)")
                    .params(memberId, kind.name()).update();
        }
    }

    /** Those of {@code memberIds} who have at least one message of {@code kind} allowed. */
    public Set<Long> allowing(Collection<Long> memberIds, MessageKind kind) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc.sql("SELECT member_id FROM wechat_consent WHERE kind = :kind AND allowed > 0"
                        + " AND member_id IN (:ids)")
                .param("kind", kind.name()).param("ids", memberIds).query(Long.class).list();
        return new HashSet<>(ids);
    }

    /** Takes one allowance for a message about to go; false when none is left (WeChat would refuse it). */
    public boolean take(long memberId, MessageKind kind) {
        return jdbc.sql("UPDATE wechat_consent SET allowed = allowed - 1, updated_at = NOW(6)"
                        + " WHERE member_id = ? AND kind = ? AND allowed > 0")
                .params(memberId, kind.name()).update() == 1;
    }
}
