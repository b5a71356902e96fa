package org.dangjian.notify.delivery;

import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code log} provider when {@code dj.notify.sms.provider=log}, or when no provider is chosen: in
 * development mode only. The default stays {@code log} so that a developer needs no SMS setting, while a
 * deployment that forgot to choose a provider stops at start-up with a message saying which settings to
 * give, instead of printing members' login codes to its log.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dj.notify.sms.provider", havingValue = "log", matchIfMissing = true)
class LogSmsConfig {

    @Bean
    SmsProvider logSmsProvider(DevelopmentMode developmentMode) {
        developmentMode.require("dj.notify.sms.provider=log (DJ_NOTIFY_SMS_PROVIDER)", "prints codes to the log",
                "set DJ_NOTIFY_SMS_PROVIDER=aliyun or tencent with its credentials");
        return new LogSmsProvider();
    }
}
