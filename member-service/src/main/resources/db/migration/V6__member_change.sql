-- Every change to a member's record, one row per field: who (account, or the event that did it), when,
-- old and new value. ID and phone numbers appear only masked. Append-only.
CREATE TABLE member_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    field          VARCHAR(32)  NOT NULL,
    old_value      VARCHAR(500) NULL,
    new_value      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY idx_member_change_member (member_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
