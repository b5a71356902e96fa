-- Materialized paths are ASCII digits and slashes: a binary collation keeps the prefix index tight.
CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NULL,
    path        VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    depth       INT          NOT NULL,
    code        VARCHAR(64)  NULL,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(50)  NULL,
    type        VARCHAR(32)  NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    status      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_org_code (code),
    KEY idx_org_path (path),
    KEY idx_org_parent (parent_id, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who moved what, from where to where: moves keep history.
CREATE TABLE org_move (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    org_id        BIGINT       NOT NULL,
    old_parent_id BIGINT       NOT NULL,
    new_parent_id BIGINT       NOT NULL,
    old_path      VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    new_path      VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    moved_by      BIGINT       NULL,
    moved_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_org_move_org (org_id, moved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
