-- The organisation's full record. The contact phone is stored three ways, like members' numbers:
-- ciphertext (AES-GCM, key id inside), a keyed hash for exact lookup, and the masked form responses show,
-- so reading an organisation never decrypts. pinyin_initials (玉山镇党委 -> YSZDW) is computed on create
-- and rename, for search; it keeps the table's Unicode charset so that comparing it with a Chinese search
-- term is never a mix of collations.
ALTER TABLE org_unit
    ADD COLUMN pinyin_initials VARCHAR(100) NULL AFTER short_name,
    ADD COLUMN secretary       VARCHAR(50)  NULL AFTER sort_order,
    ADD COLUMN phone_enc       VARCHAR(255) NULL AFTER secretary,
    ADD COLUMN phone_idx       CHAR(64)     NULL AFTER phone_enc,
    ADD COLUMN phone_masked    VARCHAR(32)  NULL AFTER phone_idx,
    ADD COLUMN founded_on      DATE         NULL AFTER phone_masked,
    ADD KEY idx_org_phone (phone_idx),
    ADD KEY idx_org_parent_status (parent_id, status);

-- Who changed which field of which organisation, when, from what to what. Phones appear masked only.
-- Moves are in org_move; GET /api/orgs/{id}/history shows both.
CREATE TABLE org_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    org_id      BIGINT       NOT NULL,
    field       VARCHAR(32)  NOT NULL,
    old_value   VARCHAR(255) NULL,
    new_value   VARCHAR(255) NULL,
    changed_by  BIGINT       NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_org_change_org (org_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members per organisation as member-service announces them (dj.member.registered.v1), counted once per
-- event through the inbox: dissolving an organisation that still has members is refused.
CREATE TABLE org_member_count (
    org_id      BIGINT      NOT NULL,
    members     INT         NOT NULL DEFAULT 0,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
