-- Members as transfer-service knows them, kept from member-service's events: enough to check who may be
-- transferred from where and to print the letter of introduction.
CREATE TABLE member_ref (
    member_id  BIGINT       NOT NULL,
    org_id     BIGINT       NOT NULL,
    org_path   VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    gender     VARCHAR(8)   NULL,
    birth_date DATE         NULL,
    join_date  DATE         NULL,
    status     VARCHAR(16)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (member_id),
    KEY idx_member_ref_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One relationship transfer. Both ends carry their paths so that either side's administrators find it
-- in their subtree; names are kept as they were when registered (the letter prints them).
CREATE TABLE transfer (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    member_id         BIGINT       NOT NULL,
    member_name       VARCHAR(50)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    from_org_id       BIGINT       NULL,
    from_org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NULL,
    from_org_name     VARCHAR(100) NULL,
    to_org_id         BIGINT       NULL,
    to_org_path       VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NULL,
    to_org_name       VARCHAR(100) NULL,
    external_org      VARCHAR(200) NULL,
    external_address  VARCHAR(200) NULL,
    across_provinces  BOOLEAN      NOT NULL DEFAULT FALSE,
    reason            VARCHAR(500) NOT NULL,
    planned_date      DATE         NOT NULL,
    dues_paid_until   CHAR(7)      NULL,
    letter_number     VARCHAR(32)  NULL,
    letter_code       CHAR(12)     NULL,
    letter_issued_on  DATE         NULL,
    letter_valid_until DATE        NULL,
    outcome_comment   VARCHAR(500) NULL,
    registered_by     BIGINT       NOT NULL,
    registered_at     DATETIME(6)  NOT NULL,
    closed_at         DATETIME(6)  NULL,
    -- the one transfer in progress per member: NULL once closed, so closed ones never collide
    open_member_id    BIGINT       NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_transfer_open_member (open_member_id),
    UNIQUE KEY uk_transfer_letter (letter_number),
    KEY idx_transfer_member (member_id),
    KEY idx_transfer_from (from_org_path, status),
    KEY idx_transfer_to (to_org_path, status),
    KEY idx_transfer_status (status, letter_valid_until),
    KEY idx_transfer_registered (registered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The approval chain, in order. WAITING until the previous step is approved, then PENDING with a due
-- date, then APPROVED or REJECTED by an administrator of that organisation (or the city).
CREATE TABLE transfer_step (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    transfer_id   BIGINT       NOT NULL,
    seq           INT          NOT NULL,
    org_id        BIGINT       NOT NULL,
    org_path      VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    org_name      VARCHAR(100) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    pending_since DATETIME(6)  NULL,
    due_date      DATE         NULL,
    decided_by    BIGINT       NULL,
    decided_by_name VARCHAR(64) NULL,
    decided_at    DATETIME(6)  NULL,
    comment       VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_step_seq (transfer_id, seq),
    KEY idx_step_org_status (org_id, status),
    KEY idx_step_path_due (status, org_path, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to a transfer and when: registration, each decision, arrival, cancellation, expiry.
CREATE TABLE transfer_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    transfer_id BIGINT       NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    step_seq    INT          NULL,
    actor_id    BIGINT       NULL,
    actor_name  VARCHAR(64)  NULL,
    at          DATETIME(6)  NOT NULL,
    comment     VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY idx_history_transfer (transfer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
