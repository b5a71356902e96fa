package org.dangjian.gateway.trace;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Reactor's automatic context propagation ({@code spring.reactor.context-propagation=auto})
 * restore the trace id into the MDC on whatever thread runs the next operator, so every log line
 * written while handling a request carries it ({@code logging.pattern.correlation}).
 */
@Configuration(proxyBeanMethods = false)
public class TraceLogging {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(TraceId.MDC_KEY,
                () -> MDC.get(TraceId.MDC_KEY),
                value -> MDC.put(TraceId.MDC_KEY, value),
                () -> MDC.remove(TraceId.MDC_KEY));
    }
}
