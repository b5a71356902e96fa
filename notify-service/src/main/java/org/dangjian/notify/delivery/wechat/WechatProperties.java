package org.dangjian.notify.delivery.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.notify.wechat.*}: the mini-program whose subscribe messages members receive. The base URL
 * is configurable so tests can point it at a stub.
 *
 * @param page             the mini-program page a message opens
 * @param miniprogramState which version that page is opened in: formal, trial or developer
 * @param tokenMargin      how long before its expiry a cached access token is fetched anew
 */
@ConfigurationProperties("dj.notify.wechat")
public record WechatProperties(@DefaultValue("false") boolean enabled,
                               @DefaultValue("https://api.weixin.qq.com") String baseUrl,
                               String appId, String secret,
                               @DefaultValue("pages/index/index") String page,
                               @DefaultValue("formal") String miniprogramState,
                               @DefaultValue("60s") Duration tokenMargin,
                               @DefaultValue("2s") Duration connectTimeout,
                               @DefaultValue("5s") Duration readTimeout) {
}
