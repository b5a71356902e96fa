-- Accounts carry a mobile phone stored three ways: ciphertext with its key id, a keyed blind index
-- for exact lookup (SMS login), and the masked form responses show. A member account (member_id set)
-- exists once per member.
ALTER TABLE account
    ADD COLUMN phone_enc            VARCHAR(255) NULL,
    ADD COLUMN phone_idx            CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN phone_masked         VARCHAR(20)  NULL,
    ADD COLUMN must_change_password TINYINT(1)   NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at  DATETIME(6)  NULL;
CREATE INDEX idx_account_phone ON account (phone_idx);
CREATE UNIQUE INDEX uk_account_member ON account (member_id);

-- Append-only: every account operation and every login, successful or not. account_id is null when
-- the username (or phone) matched no account; actor_id is who acted when it was someone else (an
-- administrator creating an account).
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)  NOT NULL,
    account_id  BIGINT       NULL,
    username    VARCHAR(64)  NULL,
    action      VARCHAR(32)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(64)  NULL,
    client_ip   VARCHAR(64)  NULL,
    trace_id    VARCHAR(100) NULL,
    actor_id    BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_audit_at (at),
    KEY idx_audit_account (account_id, at),
    KEY idx_audit_username (username, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A WeChat mini-program user (open id) bound to a member account after an SMS code check.
CREATE TABLE wechat_binding (
    openid      VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    account_id  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (openid),
    KEY idx_wechat_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
