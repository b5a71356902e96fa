-- The service's roster of members, kept from member-service's events (member-roster-kit). No ID or
-- phone numbers: events do not carry them.
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
