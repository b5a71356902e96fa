package org.dangjian.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_*} headers
 * and the record value is the bare payload, so a consumer needs no CloudEvents library (the SDK's
 * JSON module is still Jackson 2) and tools that show the value show the event itself.
 */
public final class Envelope {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** The binding maps {@code datacontenttype} to the plain Kafka header {@code content-type}. */
    public static final String CONTENT_TYPE = "content-type";
    /**
     * Not a CloudEvents attribute: the W3C trace context of the work that wrote the event, so that the
     * producer's and the consumers' log lines share one trace id ({@link EventTracing}).
     */
    public static final String TRACEPARENT = EventTracing.TRACEPARENT;
    /**
     * Not a CloudEvents attribute: on a dead letter an operator sent again ({@link DeadLetterBook#replay}), the
     * consumer group it is meant for. Every other group's inbox skips the record.
     */
    public static final String REPLAY_FOR = "dj_replay_for";

    static final int MAX_ID_LENGTH = 100;

    private Envelope() {
    }

    static ProducerRecord<String, String> toRecord(OutboxRow row, String source) {
        Headers headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, row.eventId());
        put(headers, TYPE, row.eventType());
        put(headers, SOURCE, source);
        put(headers, TIME, row.occurredAt().toString());
        put(headers, SUBJECT, row.aggregateId());
        put(headers, CONTENT_TYPE, "application/json");
        if (EventTracing.isTraceparent(row.traceparent())) {
            put(headers, TRACEPARENT, row.traceparent());
        }
        // No partition: the key's hash picks it, which keeps each aggregate's events in order.
        return new ProducerRecord<>(row.topic(), null, row.aggregateId(), row.payload(), headers);
    }

    static InboundEvent read(ConsumerRecord<String, String> record) {
        String id = header(record, ID);
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new MalformedEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no usable " + ID + " header, so it cannot be deduplicated");
        }
        String type = header(record, TYPE);
        if (type == null || type.isBlank()) {
            throw new MalformedEventException("event " + id + " has no " + TYPE + " header");
        }
        String subject = header(record, SUBJECT);
        return new InboundEvent(id, type, header(record, SOURCE), subject != null ? subject : record.key(),
                time(id, header(record, TIME)), record.value());
    }

    private static Instant time(String id, String value) {
        if (value == null) {
            return null;
        }
        try {
            // RFC 3339 allows any offset, not only the Z this kit writes.
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has an unreadable " + TIME + ": " + value, e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
