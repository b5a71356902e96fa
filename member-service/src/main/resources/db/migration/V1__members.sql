-- member-service's copy of the organisation tree, kept from org events: enough to place members and
-- scope queries without calling org-service.
CREATE TABLE org_ref (
    org_id     BIGINT       NOT NULL,
    parent_id  BIGINT       NULL,
    path       VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(100) NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (org_id),
    KEY idx_org_ref_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ID and phone numbers: ciphertext (AES-GCM, key id inside), a keyed hash for exact lookup, and the
-- masked form that lists show, so listing never decrypts.
CREATE TABLE member (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    org_id           BIGINT       NOT NULL,
    org_path         VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name             VARCHAR(50)  NOT NULL,
    gender           VARCHAR(8)   NOT NULL,
    id_number_enc    VARCHAR(255) NOT NULL,
    id_number_idx    CHAR(64)     NOT NULL,
    id_number_masked VARCHAR(32)  NOT NULL,
    phone_enc        VARCHAR(255) NULL,
    phone_idx        CHAR(64)     NULL,
    phone_masked     VARCHAR(32)  NULL,
    birth_date       DATE         NOT NULL,
    join_date        DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    created_by       BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_id_number (id_number_idx),
    KEY idx_member_phone (phone_idx),
    KEY idx_member_org_path (org_path, id),
    KEY idx_member_org (org_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
