-- privacy-kit: every read of clear ID or phone numbers, allowed or refused. Append-only: the service never
-- updates or deletes these rows. subject_id is the person read about (a member, an applicant: the service's
-- own id), NULL for a read of many (an export), with org_id the organisation read; actor_id is NULL when
-- another service read (actor_username service:<name>).
CREATE TABLE sensitive_read_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    action         VARCHAR(32)  NOT NULL,
    subject_id     BIGINT       NULL,
    org_id         BIGINT       NULL,
    allowed        BOOLEAN      NOT NULL,
    detail         VARCHAR(255) NULL,
    client_ip      VARCHAR(64)  NULL,
    trace_id       VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY idx_sensitive_read_subject (subject_id, at),
    KEY idx_sensitive_read_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
