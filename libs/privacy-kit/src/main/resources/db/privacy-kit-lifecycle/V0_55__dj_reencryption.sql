-- privacy-kit: how far the re-encryption of each table with encrypted columns has come, so that a run cut off
-- (a restart, a crash) goes on from its last batch. target is the key reference the run moves values to
-- (k2, sm4.k3); a run for another target starts the table again.
CREATE TABLE dj_reencryption (
    table_name  VARCHAR(64)  NOT NULL,
    target      VARCHAR(64)  NOT NULL,
    last_key    VARCHAR(128) NOT NULL COMMENT 'the key of the last row done: a number, or text for a text-keyed table',
    moved       BIGINT       NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    PRIMARY KEY (table_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
