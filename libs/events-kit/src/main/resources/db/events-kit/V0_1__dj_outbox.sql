-- Transactional outbox of the events kit (org.dangjian.kit.events). A row is inserted in the same
-- transaction as the state change it describes; OutboxRelay sends it to Kafka and sets sent_at.
-- Versions 0.x keep the kit's tables ahead of every service's own V1.
CREATE TABLE dj_outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'send order',
    event_id     CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'UUID, sent as ce_id',
    topic        VARCHAR(249)  NOT NULL COMMENT 'Kafka topic, one per aggregate type',
    aggregate_id VARCHAR(191)  NOT NULL COMMENT 'Kafka key and ce_subject',
    event_type   VARCHAR(191)  NOT NULL COMMENT 'ce_type',
    payload      LONGTEXT      NOT NULL COMMENT 'JSON as text: MySQL''s JSON type would rewrite it',
    trace_id     VARCHAR(64)   NULL     COMMENT 'MDC traceId of the request that wrote the event',
    occurred_at  DATETIME(6)   NOT NULL COMMENT 'UTC, sent as ce_time',
    sent_at      DATETIME(6)   NULL     COMMENT 'UTC; NULL until Kafka acknowledged the event',
    attempts     INT           NOT NULL DEFAULT 0 COMMENT 'send attempts so far',
    last_error   VARCHAR(1000) NULL     COMMENT 'why the last attempt failed',
    PRIMARY KEY (id),
    UNIQUE KEY uk_dj_outbox_event_id (event_id),
    -- the relay's "sent_at IS NULL ORDER BY id" and the pruner's "sent_at < ?" both use it
    KEY idx_dj_outbox_sent_id (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
