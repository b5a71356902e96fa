-- Who can be reached: members (from member events) and administrators (from account events). Phones
-- are encrypted (AES-GCM, key id inside) with the masked form that lists show.
CREATE TABLE member_contact (
    member_id    BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    phone_enc    VARCHAR(255) NULL,
    phone_masked VARCHAR(20)  NULL,
    status       VARCHAR(16)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (member_id),
    KEY idx_member_contact_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE admin_contact (
    account_id   BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NULL,
    name         VARCHAR(64)  NULL,
    roles        VARCHAR(128) NOT NULL,
    phone_enc    VARCHAR(255) NULL,
    phone_masked VARCHAR(20)  NULL,
    active       BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id),
    KEY idx_admin_contact_org (org_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Templates edited by the city administrator; a kind without a row uses the built-in Chinese text.
CREATE TABLE message_template (
    kind          VARCHAR(48)  NOT NULL,
    text          VARCHAR(500) NOT NULL,
    aliyun_code   VARCHAR(64)  NULL,
    tencent_code  VARCHAR(64)  NULL,
    wechat_template_id VARCHAR(128) NULL,
    updated_by    BIGINT       NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per (event, recipient, channel): the unique key makes a redelivered event add nothing.
-- text is what the recipient reads, with one-time codes masked; the variables the provider needs
-- (codes included) are kept encrypted and wiped once the message is final.
CREATE TABLE message (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    event_id            CHAR(36) CHARACTER SET ascii NOT NULL,
    kind                VARCHAR(48)  NOT NULL,
    channel             VARCHAR(8)   NOT NULL,
    urgent              BOOLEAN      NOT NULL,
    recipient_key       VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    recipient_masked    VARCHAR(20)  NOT NULL,
    phone_enc           VARCHAR(255) NOT NULL,
    phone_idx           CHAR(64)     NOT NULL,
    org_path            VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NULL,
    text                VARCHAR(500) NOT NULL,
    vars_enc            TEXT         NULL,
    status              VARCHAR(12)  NOT NULL,
    held_reason         VARCHAR(16)  NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(6)  NULL,
    claimed_until       DATETIME(6)  NULL,
    expires_at          DATETIME(6)  NULL,
    provider            VARCHAR(16)  NULL,
    provider_message_id VARCHAR(64)  NULL,
    last_error          VARCHAR(500) NULL,
    created_at          DATETIME(6)  NOT NULL,
    sent_at             DATETIME(6)  NULL,
    delivered_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_message_once (event_id, recipient_key, channel),
    KEY idx_message_due (status, next_attempt_at),
    KEY idx_message_scope (org_path, created_at),
    KEY idx_message_phone_day (phone_idx, created_at),
    KEY idx_message_provider (provider, provider_message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
