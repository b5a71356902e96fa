package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.org.OrgMoved;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static final OutboxRow ROW = new OutboxRow(5, "0b7c6f43-4c55-4a52-9d4f-7a3f4f0c2a10", Topics.ORG, "7",
            OrgMoved.TYPE, EventJson.write(new OrgMoved(7, 2, 1, "/1/2/7/", "/1/7/")),
            Instant.parse("2026-01-05T08:00:00.123456Z"), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    @Test
    void aRowBecomesABinaryModeCloudEventKeyedByTheAggregate() {
        ProducerRecord<String, String> record = Envelope.toRecord(ROW, "org-service");

        assertThat(record.topic()).isEqualTo(Topics.ORG);
        assertThat(record.key()).isEqualTo("7");
        assertThat(record.partition()).isNull();
        assertThat(record.value()).isEqualTo(ROW.payload());
        assertThat(record.headers()).extracting(Header::key).containsExactly("ce_specversion", "ce_id", "ce_type",
                "ce_source", "ce_time", "ce_subject", "content-type", "traceparent");
        assertThat(text(record.headers().lastHeader("traceparent"))).isEqualTo(ROW.traceparent());
        assertThat(text(record.headers().lastHeader("ce_time"))).isEqualTo("2026-01-05T08:00:00.123456Z");
        assertThat(text(record.headers().lastHeader("ce_source"))).isEqualTo("org-service");
    }

    @Test
    void withoutATraceparentThereIsNoTraceHeader() {
        OutboxRow untraced = new OutboxRow(5, ROW.eventId(), ROW.topic(), ROW.aggregateId(), ROW.eventType(),
                ROW.payload(), ROW.occurredAt(), null);
        assertThat(Envelope.toRecord(untraced, "org-service").headers().lastHeader("traceparent")).isNull();
    }

    /** Rows written before tracing hold a bare trace id in trace_id: not a traceparent, so not sent as one. */
    @Test
    void anOlderRowsBareTraceIdIsNotSentAsATraceparent() {
        OutboxRow older = new OutboxRow(5, ROW.eventId(), ROW.topic(), ROW.aggregateId(), ROW.eventType(),
                ROW.payload(), ROW.occurredAt(), "4bf92f3577b34da6a3ce929d0e0e4736");
        ProducerRecord<String, String> record = Envelope.toRecord(older, "org-service");
        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(record.headers().lastHeader("traceId")).isNull();
    }

    @Test
    void whatWasSentIsReadBackAsTheSameEvent() {
        InboundEvent event = Envelope.read(asConsumed(Envelope.toRecord(ROW, "org-service")));

        assertThat(event).isEqualTo(new InboundEvent(ROW.eventId(), OrgMoved.TYPE, "org-service", "7",
                ROW.occurredAt(), ROW.payload()));
        assertThat(event.is(OrgMoved.TYPE)).isTrue();
        assertThat(event.is("dj.org.created.v1")).isFalse();
        assertThat(event.as(OrgMoved.class)).isEqualTo(new OrgMoved(7, 2, 1, "/1/2/7/", "/1/7/"));
    }

    @Test
    void aTimeWithAnOffsetIsAccepted() {
        ConsumerRecord<String, String> record = asConsumed(Envelope.toRecord(ROW, "x"));
        record.headers().remove("ce_time");
        record.headers().add("ce_time", "2026-01-05T16:00:00+08:00".getBytes(StandardCharsets.UTF_8));
        assertThat(Envelope.read(record).time()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
    }

    @Test
    void aRecordWithoutIdOrTypeIsMalformed() {
        ConsumerRecord<String, String> noId = asConsumed(Envelope.toRecord(ROW, "x"));
        noId.headers().remove("ce_id");
        assertThatThrownBy(() -> Envelope.read(noId)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");

        ConsumerRecord<String, String> noType = asConsumed(Envelope.toRecord(ROW, "x"));
        noType.headers().remove("ce_type");
        assertThatThrownBy(() -> Envelope.read(noType)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_type");
    }

    @Test
    void aPayloadThatDoesNotMapIsMalformedNotRetryable() {
        InboundEvent event = new InboundEvent("id-1", OrgMoved.TYPE, "x", "7", null, "{\"orgId\":\"not a number\"}");
        assertThatThrownBy(() -> event.as(OrgMoved.class)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("id-1");
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        InboundEvent event = new InboundEvent("id-2", OrgMoved.TYPE, "x", "7", null,
                "{\"orgId\":7,\"oldParentId\":2,\"newParentId\":1,\"oldPath\":\"/1/2/7/\",\"newPath\":\"/1/7/\","
                        + "\"movedBy\":\"admin\"}");
        assertThat(event.as(OrgMoved.class).newPath()).isEqualTo("/1/7/");
    }

    private static ConsumerRecord<String, String> asConsumed(ProducerRecord<String, String> sent) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(sent.topic(), 1, 42L, sent.key(), sent.value());
        sent.headers().forEach(record.headers()::add);
        return record;
    }

    private static String text(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
