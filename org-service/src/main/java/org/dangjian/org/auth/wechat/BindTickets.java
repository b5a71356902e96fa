package org.dangjian.org.auth.wechat;

import java.security.SecureRandom;
import java.util.Base64;
import org.dangjian.kit.crypto.Sha256;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Short-lived tickets that remember which open id WeChat vouched for, so that the bind step cannot
 * name an open id of its choosing. Redis keeps only the ticket's SHA-256.
 */
@Component
class BindTickets {
    private static final String PREFIX = "dj:auth:wechat-bind:";
    private final StringRedisTemplate redis;
    private final WechatProperties props;
    private final SecureRandom random = new SecureRandom();

    BindTickets(StringRedisTemplate redis, WechatProperties props) {
        this.redis = redis;
        this.props = props;
    }

    String issue(String openId) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        redis.opsForValue().set(key(ticket), openId, props.bindTicketTtl());
        return ticket;
    }

    /** The open id the ticket stands for, or null when unknown or expired. */
    String openId(String ticket) {
        return ticket == null || ticket.isBlank() ? null : redis.opsForValue().get(key(ticket));
    }

    void consume(String ticket) {
        redis.delete(key(ticket));
    }

    private static String key(String ticket) {
        return PREFIX + Sha256.hex(ticket);
    }
}
