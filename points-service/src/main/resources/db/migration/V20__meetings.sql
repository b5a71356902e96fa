-- Organisational life as it is held: a meeting planned and announced, then leave, check-in and completion.
-- The place is the text the branch gives (points-service keeps no copy of org-service's venues yet).
-- check_in_key signs the short-lived codes of the meeting's QR code; activity_id is the record it completed as.
CREATE TABLE meeting (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    type         VARCHAR(24)  NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    place        VARCHAR(100) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    check_in_key VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    activity_id  BIGINT       NULL,
    planned_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_meeting_scope (org_path, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who must attend, with their leave (asked with a reason, approved or refused by the branch) and check-in.
CREATE TABLE meeting_attendee (
    meeting_id      BIGINT       NOT NULL,
    member_id       BIGINT       NOT NULL,
    org_path        VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    leave_reason    VARCHAR(200) NULL,
    leave_status    VARCHAR(10)  NULL,
    checked_in_at   DATETIME(6)  NULL,
    checked_in_how  VARCHAR(10)  NULL,
    PRIMARY KEY (meeting_id, member_id),
    KEY idx_meeting_attendee_member (member_id),
    KEY idx_meeting_attendee_scope (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
