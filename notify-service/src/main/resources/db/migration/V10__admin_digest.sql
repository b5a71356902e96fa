-- Issue 18, item 13: administrators get one daily digest of the non-urgent items that concern their organisation
-- instead of one SMS per item. An item is kept per administrator (the administrators of the organisation it is about
-- and of those above it), so each one's digest marks only their own items sent. digest_day: the day it went out in a
-- digest (NULL: still pending). A redelivered event adds nothing (account, event).
CREATE TABLE digest_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    event_id   VARCHAR(64)  NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    org_id     BIGINT       NOT NULL,
    org_path   VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    -- what the item waits on ("transfer:12"): a later event about it closes the item while it is pending
    ref        VARCHAR(64)  NULL,
    due_on     DATE         NULL,
    created_at DATETIME(6)  NOT NULL,
    digest_day DATE         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_digest_item (account_id, event_id),
    KEY idx_digest_pending (digest_day, account_id),
    KEY idx_digest_ref (ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
