-- The daily share per phone counts messages by the day they go out, not the day they were asked for:
-- a greeting asked for at 22:00 and held until 08:00 belongs to the next day's share.
ALTER TABLE message ADD COLUMN send_day DATE NULL AFTER urgent;
UPDATE message SET send_day = DATE(COALESCE(next_attempt_at, created_at));
ALTER TABLE message DROP INDEX idx_message_phone_day, ADD KEY idx_message_phone_send_day (phone_idx, send_day);

-- A delivery report can overtake the worker recording that the provider accepted the message (the
-- provider's answer and its report race). Such a report waits here and is applied when the message is
-- recorded as sent; ones that never match (duplicates, another system's messages) are purged.
CREATE TABLE early_report (
    provider            VARCHAR(16)  NOT NULL,
    provider_message_id VARCHAR(64)  NOT NULL,
    delivered           BOOLEAN      NOT NULL,
    error               VARCHAR(500) NULL,
    delivered_at        DATETIME(6)  NULL,
    received_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (provider, provider_message_id),
    KEY idx_early_report_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
