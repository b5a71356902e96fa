package org.dangjian.notify.delivery.tencent;

import java.time.Clock;
import org.dangjian.notify.delivery.ProviderHttp;
import org.dangjian.notify.delivery.SmsProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Tencent Cloud SMS when {@code dj.notify.sms.provider=tencent}; start-up fails without its credentials. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dj.notify.sms.provider", havingValue = "tencent")
@EnableConfigurationProperties(TencentSmsProperties.class)
class TencentSmsConfig {

    /**
     * Signed with the clock's instant, the real time in production: Tencent refuses timestamps 5 minutes off. Tests
     * move that clock, and so does a rehearsal's dj.clock.offset (rehearse with the log provider).
     */
    @Bean
    SmsProvider tencentSmsProvider(TencentSmsProperties settings, JsonMapper json, Clock clock) {
        ProviderHttp.requireSettings("dj.notify.sms.provider=tencent",
                "choose aliyun, or log on a development machine (DJ_DEV_MODE=true)",
                "dj.notify.sms.tencent.secret-id", settings.secretId(),
                "dj.notify.sms.tencent.secret-key", settings.secretKey(),
                "dj.notify.sms.tencent.sdk-app-id", settings.sdkAppId(),
                "dj.notify.sms.tencent.sign-name", settings.signName());
        return new TencentSmsProvider(settings, json, clock);
    }
}
