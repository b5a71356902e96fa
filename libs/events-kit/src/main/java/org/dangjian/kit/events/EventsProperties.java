package org.dangjian.kit.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the events kit. The defaults suit every service; tests shorten the retry interval so
 * that a poison message reaches its dead-letter topic quickly.
 */
@ConfigurationProperties("dj.events")
public class EventsProperties {
    /** CloudEvents {@code source}; empty means {@code spring.application.name}. */
    private String source;
    /** Whether this instance relays its outbox to Kafka; off for e.g. one-off jobs sharing the schema. */
    private boolean relayEnabled = true;
    /** How often the poller looks for rows nobody sent (crash after commit, Kafka down). */
    private Duration relayInterval = Duration.ofSeconds(1);
    /** Rows one relay transaction locks and sends. */
    private int relayBatchSize = 100;
    /**
     * Upper bound for one send: how long the producer may block for metadata and wait for the ack.
     * Short, so that a down broker costs the poller seconds rather than the client's default minute.
     */
    private Duration sendTimeout = Duration.ofSeconds(5);
    /** Redeliveries of a failing record before it goes to {@code <topic>.DLT}. */
    private int retries = 3;
    /** Pause between those redeliveries. */
    private Duration retryInterval = Duration.ofSeconds(1);
    /**
     * Longest pause between redeliveries of a record that failed because the database, Redis or the network was
     * away; such a record is retried until it passes and never becomes a dead letter.
     */
    private Duration infrastructureRetryMaxInterval = Duration.ofSeconds(30);
    /** Refusals Kafka will repeat (a record too large, an invalid topic) before the relay parks the row. */
    private int maxSendAttempts = 5;
    /** Partitions of every declared topic and its DLT (the DLT keeps the partition of the original). */
    private int partitions = 3;
    /** Replication factor of every declared topic: 1 on one machine, 3 in production. */
    private short replicas = 1;
    /** Replicas that must have a record before it is acknowledged ({@code acks=all}): 1 here, 2 with 3 replicas. */
    private int minInsyncReplicas = 1;
    /** How long Kafka keeps the events of a topic. Must stay below {@code inbox-retention}. */
    private Duration topicRetention = Duration.ofDays(7);
    /** How long Kafka keeps dead letters, for operators to look into and replay. */
    private Duration deadLetterRetention = Duration.ofDays(30);
    /** Sent outbox rows older than this are deleted; they only help to investigate. */
    private Duration outboxRetention = Duration.ofDays(7);
    /**
     * Inbox rows older than this are deleted. Must exceed how long Kafka may redeliver a record (topic
     * retention), or a very late duplicate would run its handler again.
     */
    private Duration inboxRetention = Duration.ofDays(30);

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Duration getInfrastructureRetryMaxInterval() {
        return infrastructureRetryMaxInterval;
    }

    public void setInfrastructureRetryMaxInterval(Duration infrastructureRetryMaxInterval) {
        this.infrastructureRetryMaxInterval = infrastructureRetryMaxInterval;
    }

    public int getMaxSendAttempts() {
        return maxSendAttempts;
    }

    public void setMaxSendAttempts(int maxSendAttempts) {
        this.maxSendAttempts = maxSendAttempts;
    }

    public boolean isRelayEnabled() {
        return relayEnabled;
    }

    public void setRelayEnabled(boolean relayEnabled) {
        this.relayEnabled = relayEnabled;
    }

    public Duration getRelayInterval() {
        return relayInterval;
    }

    public void setRelayInterval(Duration relayInterval) {
        this.relayInterval = relayInterval;
    }

    public int getRelayBatchSize() {
        return relayBatchSize;
    }

    public void setRelayBatchSize(int relayBatchSize) {
        this.relayBatchSize = relayBatchSize;
    }

    public Duration getSendTimeout() {
        return sendTimeout;
    }

    public void setSendTimeout(Duration sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public Duration getRetryInterval() {
        return retryInterval;
    }

    public void setRetryInterval(Duration retryInterval) {
        this.retryInterval = retryInterval;
    }

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public int getMinInsyncReplicas() {
        return minInsyncReplicas;
    }

    public void setMinInsyncReplicas(int minInsyncReplicas) {
        this.minInsyncReplicas = minInsyncReplicas;
    }

    public Duration getTopicRetention() {
        return topicRetention;
    }

    public void setTopicRetention(Duration topicRetention) {
        this.topicRetention = topicRetention;
    }

    public Duration getDeadLetterRetention() {
        return deadLetterRetention;
    }

    public void setDeadLetterRetention(Duration deadLetterRetention) {
        this.deadLetterRetention = deadLetterRetention;
    }

    public short getReplicas() {
        return replicas;
    }

    public void setReplicas(short replicas) {
        this.replicas = replicas;
    }

    public Duration getOutboxRetention() {
        return outboxRetention;
    }

    public void setOutboxRetention(Duration outboxRetention) {
        this.outboxRetention = outboxRetention;
    }

    public Duration getInboxRetention() {
        return inboxRetention;
    }

    public void setInboxRetention(Duration inboxRetention) {
        this.inboxRetention = inboxRetention;
    }
}
