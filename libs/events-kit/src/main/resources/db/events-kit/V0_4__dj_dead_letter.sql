-- The service's dead letters: each record a consumer of this service gave up on (a poison message; failures of the
-- database, Redis or the network are retried until they pass and never land here), with what is needed to send it
-- again. The record also goes to <topic>.DLT; this table is what the service's operators list and replay.
CREATE TABLE dj_dead_letter (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    consumer_group VARCHAR(150)  NOT NULL COMMENT 'the consumer group that gave up (the service)',
    topic          VARCHAR(200)  NOT NULL,
    partition_no   INT           NOT NULL,
    offset_no      BIGINT        NOT NULL,
    event_id       VARCHAR(100)  NULL COMMENT 'ce_id, when the record had one',
    event_type     VARCHAR(200)  NULL COMMENT 'ce_type, when the record had one',
    record_key     VARCHAR(200)  NULL,
    headers        MEDIUMTEXT    NOT NULL COMMENT 'the record''s headers as a JSON object of UTF-8 strings',
    payload        MEDIUMTEXT    NULL,
    error          VARCHAR(1000) NOT NULL COMMENT 'the innermost cause, as the handler threw it',
    failed_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    replayed_at    DATETIME(6)   NULL COMMENT 'UTC; set when an operator sent it again',
    replayed_by    BIGINT        NULL COMMENT 'account id of that operator',
    replayed_from  VARCHAR(64)   NULL COMMENT 'client address of that operator',
    PRIMARY KEY (id),
    UNIQUE KEY uk_dj_dead_letter_record (consumer_group, topic, partition_no, offset_no),
    KEY idx_dj_dead_letter_open (replayed_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
