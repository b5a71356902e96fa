-- A row Kafka refuses for good (too large, an invalid topic) is set aside after a few attempts instead of blocking every
-- later event of the service; an operator clears parked_at to send it again once the cause is fixed.
ALTER TABLE dj_outbox
    ADD COLUMN parked_at DATETIME(6) NULL COMMENT 'UTC; set when the relay gave up on the row (see last_error)';
