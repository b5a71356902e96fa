package org.dangjian.kit.events;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Carries the trace of the work that wrote an event to the work that handles it (Micrometer Tracing):
 * the outbox stores the writer's W3C {@code traceparent} with the row, the relay sends it as the
 * {@code traceparent} header, and the inbox runs each handler in an observation that continues it, so
 * the handler's log lines (and the calls it makes) carry the writer's trace id. An event without one
 * (written before tracing, or by a job outside any trace) starts a trace of its own.
 */
final class EventTracing {
    static final String TRACEPARENT = "traceparent";
    /** Version 00: {@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>}. */
    private static final Pattern W3C = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    /** For code and tests that run without tracing. */
    static final EventTracing NONE = new EventTracing(Tracer.NOOP, Propagator.NOOP, ObservationRegistry.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    EventTracing(Tracer tracer, Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
    }

    /** The {@code traceparent} of the current span, or null outside a trace. */
    String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Whether a stored value is a traceparent (rows written before tracing hold a bare trace id). */
    static boolean isTraceparent(String value) {
        return value != null && W3C.matcher(value).matches();
    }

    /** Runs {@code work} in the trace the record's {@code traceparent} header names, or in a new one. */
    void receive(String consumer, ConsumerRecord<?, ?> record, Runnable work) {
        ReceiverContext<ConsumerRecord<?, ?>> context =
                new ReceiverContext<>((carrier, key) -> Envelope.header(carrier, key), Kind.CONSUMER);
        context.setCarrier(record);
        context.setRemoteServiceName("kafka");
        Observation.createNotStarted("dj.events.receive", () -> context, observations)
                .contextualName(consumer + " receive")
                .lowCardinalityKeyValue("consumer", consumer)
                .lowCardinalityKeyValue("topic", record.topic())
                .observe(work);
    }
}
