package org.dangjian.notify.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.EnumMap;
import java.util.Map;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.NotifyProperties;

/**
 * The route of each channel this replica sends on: SMS always (through the chosen provider, to the
 * decrypted phone), WeChat when a {@link WechatSender} is configured (to the member's open id).
 */
final class ChannelRoutes {
    private ChannelRoutes() {
    }

    static Map<Channel, ChannelRoute> of(SmsProvider sms, WechatSender wechat, FieldCipher cipher,
                                         NotifyProperties settings) {
        Map<Channel, ChannelRoute> routes = new EnumMap<>(Channel.class);
        routes.put(Channel.SMS, new ChannelRoute(sms.name(), breaker("sms-" + sms.name(), settings),
                (m, template, values) -> sms.send(new SmsRequest(m.getId(), cipher.decrypt(m.getPhoneEnc()), template,
                        template.ordered(values)))));
        if (wechat != null) {
            routes.put(Channel.WECHAT, new ChannelRoute(wechat.name(), breaker("wechat", settings),
                    (m, template, values) -> wechat.send(new WechatRequest(m.getId(), m.getOpenId(), template, values))));
        }
        return routes;
    }

    /** Only failures worth retrying count against the provider; an invalid number is not its fault. */
    static CircuitBreaker breaker(String name, NotifyProperties settings) {
        NotifyProperties.Breaker b = settings.breaker();
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRate())
                .slidingWindowSize(b.window())
                .minimumNumberOfCalls(b.minimumCalls())
                .waitDurationInOpenState(b.openWait())
                .recordException(e -> !(e instanceof ProviderException p) || p.retryable())
                .build());
    }
}
