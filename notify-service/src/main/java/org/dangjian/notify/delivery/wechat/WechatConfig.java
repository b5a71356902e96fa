package org.dangjian.notify.delivery.wechat;

import java.time.Clock;
import org.dangjian.notify.delivery.ProviderHttp;
import org.dangjian.notify.delivery.WechatSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** WeChat subscribe messages when {@code dj.notify.wechat.enabled=true}; start-up fails without the app's credentials. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dj.notify.wechat.enabled", havingValue = "true")
@EnableConfigurationProperties(WechatProperties.class)
class WechatConfig {

    /** Tokens expire by the clock's instant (the real time in production; only tests move it). */
    @Bean
    WechatSender wechatSender(WechatProperties settings, JsonMapper json, Clock clock) {
        ProviderHttp.requireSettings("dj.notify.wechat.enabled=true", "leave dj.notify.wechat.enabled=false",
                "dj.notify.wechat.app-id", settings.appId(),
                "dj.notify.wechat.secret", settings.secret());
        return new WechatSubscribeSender(settings, json, clock);
    }
}
