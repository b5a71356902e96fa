package org.dangjian.org.auth.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mini-program's WeChat credentials and where WeChat's API is (a local stub in tests).
 *
 * @param bindTicketTtl how long an unbound WeChat user has to bind with phone and SMS code
 */
@ConfigurationProperties("dj.wechat")
public record WechatProperties(
        @DefaultValue("https://api.weixin.qq.com") String baseUrl,
        @DefaultValue("") String appId,
        @DefaultValue("") String secret,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("10m") Duration bindTicketTtl) {
}
