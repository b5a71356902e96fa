CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    username           VARCHAR(64)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    display_name       VARCHAR(50)  NULL,
    org_id             BIGINT       NOT NULL,
    roles              VARCHAR(200) NOT NULL,
    member_id          BIGINT       NULL,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    status             VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_by         BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_username (username),
    KEY idx_account_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens are stored only as hashes. A family is one login's chain of rotations: reuse of a
-- rotated token means it was stolen, and the whole family is revoked.
CREATE TABLE refresh_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    family_id   CHAR(36)    NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_hash (token_hash),
    KEY idx_refresh_family (family_id),
    KEY idx_refresh_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The RS256 signing key, its private half encrypted with the field cipher. One row per key id;
-- the newest active row signs, every active row is published in the JWKS.
CREATE TABLE signing_key (
    kid          VARCHAR(64) NOT NULL,
    private_jwk  TEXT        NOT NULL,
    active       TINYINT(1)  NOT NULL DEFAULT 1,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
