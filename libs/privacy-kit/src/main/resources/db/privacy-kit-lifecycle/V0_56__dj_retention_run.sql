-- privacy-kit: each run of the retention job per kind of personal data, append-only: what was erased or
-- anonymised (how many rows, up to which date) and when. This is the record that erasure happened, kept
-- apart from what it erased.
CREATE TABLE dj_retention_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(48)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    cutoff      DATETIME(6)  NOT NULL COMMENT 'rows older than this were due',
    done        INT          NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_retention_run_kind (kind, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
