-- The evidence of a case's steps: a photo or a scan uploaded for a step (before it is recorded, as the evidence of
-- the step about to be recorded, or after). What it is comes from the bytes; the file itself is in storage-kit's
-- store under object_key. Nothing is deleted: an approved change request marks it removed (removed_by_change), so
-- the history still shows what was there. The path is the case's, so the data scope limits attachments as cases.
CREATE TABLE case_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    step_code         VARCHAR(16)  NOT NULL,
    org_path          VARCHAR(255) NOT NULL,
    file_name         VARCHAR(120) NOT NULL COMMENT 'as uploaded, without folders; for the download only',
    content_type      VARCHAR(100) NOT NULL COMMENT 'from the bytes',
    size_bytes        BIGINT       NOT NULL,
    object_key        VARCHAR(200) NOT NULL,
    uploaded_by       BIGINT       NOT NULL,
    uploaded_at       DATETIME(3)  NOT NULL,
    removed_by_change BIGINT       NULL COMMENT 'the approved change request that took it off the step',
    KEY idx_attachment_case (case_id, step_code),
    KEY idx_attachment_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request to change a completed step (its date, its values, attachments to take off), decided by the superior of
-- the organisation that performs the step. pending_key is case:step while the request waits (NULL once decided):
-- one pending request per step. original_* are the step's values when the request was made (or applied), so the
-- history keeps them after the change.
CREATE TABLE step_change (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    step_code            VARCHAR(16)   NOT NULL,
    org_path             VARCHAR(255)  NOT NULL COMMENT 'the case''s',
    approver_org_id      BIGINT        NOT NULL,
    approver_org_path    VARCHAR(255)  NOT NULL,
    status               VARCHAR(16)   NOT NULL COMMENT 'PENDING, APPROVED, REFUSED',
    original_date        DATE          NOT NULL,
    original_fields      TEXT          NULL,
    new_date             DATE          NULL,
    new_fields           TEXT          NULL,
    remove_attachment_ids VARCHAR(1000) NULL COMMENT 'comma-separated ids',
    reason               VARCHAR(500)  NOT NULL,
    requested_by         BIGINT        NOT NULL,
    requested_at         DATETIME(3)   NOT NULL,
    decided_by           BIGINT        NULL,
    decided_at           DATETIME(3)   NULL,
    decision_reason      VARCHAR(500)  NULL,
    pending_key          VARCHAR(40)   NULL,
    UNIQUE KEY uk_change_pending (pending_key),
    KEY idx_change_case (case_id, step_code),
    KEY idx_change_approver (approver_org_id, status, id),
    KEY idx_change_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
