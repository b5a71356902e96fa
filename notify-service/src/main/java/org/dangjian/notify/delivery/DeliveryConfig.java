package org.dangjian.notify.delivery;

import java.time.Clock;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.notify.directory.WechatConsents;
import org.dangjian.notify.message.DeliverySignal;
import org.dangjian.notify.message.NotifyProperties;
import org.dangjian.notify.message.SendPolicy;
import org.dangjian.notify.template.Templates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The send policy in the users' time zone and the worker with a route (and circuit breaker) per channel,
 * over the SMS provider chosen by {@code dj.notify.sms.provider} ({@link LogSmsConfig}, {@code aliyun},
 * {@code tencent}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class DeliveryConfig {

    @Bean
    SendPolicy sendPolicy(NotifyProperties settings, Clock clock) {
        return new SendPolicy(settings.quietStart(), settings.quietEnd(), settings.dailyLimit(), clock.getZone());
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveryStore store, SmsProvider sms, ObjectProvider<WechatSender> wechat,
                                  Templates templates, SendPolicy policy, NotifyProperties settings, DeliverySignal signal,
                                  FieldCipher cipher, JsonMapper json, WechatConsents consents, Clock clock) {
        return new DeliveryWorker(store, ChannelRoutes.of(sms, wechat.getIfAvailable(), cipher, settings), templates,
                policy, settings, signal, cipher, json, consents, clock);
    }
}
