-- Inbox of the events kit: one row per (consumer, event) handled, inserted in the same transaction as
-- the handler's side effects, so a redelivered event is recognised and skipped.
CREATE TABLE dj_inbox (
    consumer    VARCHAR(150) NOT NULL COMMENT 'name of the handler, e.g. member-service.org-paths',
    event_id    VARCHAR(100) NOT NULL COMMENT 'ce_id of the event',
    received_at DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (consumer, event_id),
    KEY idx_dj_inbox_received_at (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
