-- audit-kit: every write request a service answered (POST, PUT, PATCH, DELETE), append-only: the service only
-- deletes rows past the retention period (dj.audit.retention, at least 6 months). No request body is kept (it may
-- hold personal data): the route and the path say what was written. actor_org_path is the actor's organisation, by
-- which auditors see their subtree; a service's call has actor_username service:<name>, an anonymous call none.
-- The path is the one the actor had when they wrote: after a branch moves, its earlier writes stay with the
-- superiors who oversaw it then, the later ones go to the new superiors (org-service's own audit follows the
-- account instead).
CREATE TABLE dj_write_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    actor_org_path VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NULL
        COMMENT 'historical: where the actor stood when they wrote; an append-only audit is not rewritten when an organisation moves',
    method         VARCHAR(8)   NOT NULL,
    route          VARCHAR(255) NULL,
    path           VARCHAR(255) NOT NULL,
    status         SMALLINT     NOT NULL,
    client_ip      VARCHAR(64)  NULL,
    trace_id       VARCHAR(100) NULL,
    PRIMARY KEY (id),
    KEY idx_write_audit_at (at),
    KEY idx_write_audit_subtree (actor_org_path, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
