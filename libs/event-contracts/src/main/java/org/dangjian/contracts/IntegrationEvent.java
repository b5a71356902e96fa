package org.dangjian.contracts;

/**
 * A fact one service publishes for others. The record's components are the JSON payload; these
 * three methods say where it goes and are not part of the payload.
 */
public interface IntegrationEvent {
    /** CloudEvents type, e.g. {@code dj.org.moved.v1}. */
    String eventType();

    /** Kafka topic of the aggregate, one of {@link Topics}. */
    String eventTopic();

    /** Aggregate id: the Kafka key (per-aggregate order) and the CloudEvents subject. */
    String eventSubject();
}
