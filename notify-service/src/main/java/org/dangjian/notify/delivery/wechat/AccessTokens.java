package org.dangjian.notify.delivery.wechat;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.notify.delivery.ProviderException;
import tools.jackson.databind.JsonNode;

/**
 * The mini-program's access token, from WeChat's stable-token API ({@code POST /cgi-bin/stable_token},
 * {@code force_refresh: false}), kept in memory until shortly before it expires.
 *
 * <p>Why the stable token: in its normal mode, asking again while the token is valid returns the same
 * token, and near its end WeChat issues the next one while the old stays valid for five minutes. So each
 * replica may fetch and cache its own without invalidating the others', which {@code /cgi-bin/token}
 * (each call replaces the token) would do. The forced refresh is never used: it invalidates every
 * replica's token and is limited to 20 a day.
 */
final class AccessTokens {
    private final WechatApi api;
    private final WechatProperties settings;
    /** One entry, the app's token, kept until it is due for renewal (each token its own lifetime). */
    private final LoadingCache<String, Token> tokens;

    private record Token(String value, Duration keepFor) {
    }

    /** {@code clock}: the time tokens expire in (the real time in production). */
    AccessTokens(WechatApi api, WechatProperties settings, Clock clock) {
        this.api = api;
        this.settings = settings;
        this.tokens = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000)
                .expireAfter(Expiry.<String, Token>creating((app, token) -> token.keepFor()))
                .build(app -> fetch());
    }

    /** A valid token, fetched when there is none or the cached one nears its end. */
    String current() {
        return tokens.get(settings.appId()).value();
    }

    /**
     * WeChat refused {@code token} as invalid or expired: forget it, unless another thread has already
     * replaced it, so the next {@link #current()} asks WeChat for the valid one.
     */
    void refused(String token) {
        tokens.asMap().computeIfPresent(settings.appId(), (app, cached) -> cached.value().equals(token) ? null : cached);
    }

    private Token fetch() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credential");
        body.put("appid", settings.appId());
        body.put("secret", settings.secret());
        body.put("force_refresh", false);
        JsonNode answer = api.post("/cgi-bin/stable_token", body);
        String token = answer.path("access_token").asString("");
        if (WechatApi.errcode(answer) != 0 || token.isEmpty()) {
            // -1: WeChat busy; anything else (wrong app id or secret, server IP not allowed) needs a person
            throw new ProviderException(WechatApi.error(answer) + " (access token)", WechatApi.errcode(answer) == -1);
        }
        Duration lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(7200));
        // WeChat promises at least 300 s; never renew later than half-way through a short one
        Duration margin = settings.tokenMargin().compareTo(lifetime.dividedBy(2)) < 0 ? settings.tokenMargin()
                : lifetime.dividedBy(2);
        return new Token(token, lifetime.minus(margin));
    }
}
