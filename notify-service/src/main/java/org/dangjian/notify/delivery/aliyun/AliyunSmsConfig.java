package org.dangjian.notify.delivery.aliyun;

import java.time.Clock;
import java.util.UUID;
import org.dangjian.notify.delivery.ProviderHttp;
import org.dangjian.notify.delivery.SmsProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Alibaba Cloud SMS when {@code dj.notify.sms.provider=aliyun}; start-up fails without its credentials. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dj.notify.sms.provider", havingValue = "aliyun")
@EnableConfigurationProperties(AliyunSmsProperties.class)
class AliyunSmsConfig {

    /**
     * Signed with the clock's instant, the real time in production: Alibaba refuses dates 15 minutes off. Tests
     * move that clock, and so does a rehearsal's dj.clock.offset (rehearse with the log provider).
     */
    @Bean
    SmsProvider aliyunSmsProvider(AliyunSmsProperties settings, JsonMapper json, Clock clock) {
        ProviderHttp.requireSettings("dj.notify.sms.provider=aliyun",
                "choose tencent, or log on a development machine (DJ_DEV_MODE=true)",
                "dj.notify.sms.aliyun.access-key-id", settings.accessKeyId(),
                "dj.notify.sms.aliyun.access-key-secret", settings.accessKeySecret(),
                "dj.notify.sms.aliyun.sign-name", settings.signName());
        return new AliyunSmsProvider(settings, json, clock, () -> UUID.randomUUID().toString());
    }
}
