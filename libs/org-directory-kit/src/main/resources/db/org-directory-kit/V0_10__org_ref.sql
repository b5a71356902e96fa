-- The service's copy of the organisation tree, kept from org-service's events (org-directory-kit).
CREATE TABLE org_ref (
    org_id     BIGINT       NOT NULL,
    parent_id  BIGINT       NULL,
    path       VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    code       VARCHAR(64)  NULL,
    name       VARCHAR(100) NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    status     VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (org_id),
    KEY idx_org_ref_path (path),
    KEY idx_org_ref_code (code),
    KEY idx_org_ref_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
