package org.dangjian.notify.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Map;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.template.Template;

/**
 * How messages of one channel leave: the provider's name (recorded on each message), the call, and the
 * channel's own circuit breaker, so an SMS outage does not stop WeChat messages or the other way round.
 */
record ChannelRoute(String provider, CircuitBreaker breaker, Send send) {

    /** One message's call to the provider; returns the provider's id for it. */
    @FunctionalInterface
    interface Send {
        String send(Message message, Template template, Map<String, String> values);
    }

    String sendThroughBreaker(Message message, Template template, Map<String, String> values) {
        return breaker.executeSupplier(() -> send.send(message, template, values));
    }
}
