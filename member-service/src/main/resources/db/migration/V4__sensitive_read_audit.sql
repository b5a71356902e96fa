-- Every read of clear ID or phone numbers, allowed or refused. Append-only: the service never updates
-- or deletes these rows.
CREATE TABLE sensitive_read_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NOT NULL,
    actor_username VARCHAR(64)  NULL,
    action         VARCHAR(32)  NOT NULL,
    member_id      BIGINT       NULL,
    org_id         BIGINT       NULL,
    allowed        BOOLEAN      NOT NULL,
    detail         VARCHAR(255) NULL,
    client_ip      VARCHAR(64)  NULL,
    trace_id       VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY idx_sensitive_read_member (member_id, at),
    KEY idx_sensitive_read_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
