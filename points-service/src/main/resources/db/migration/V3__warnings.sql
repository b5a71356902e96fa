-- From when points-service has watched a member: their organisational life is counted from here, so a
-- member registered today is not "without organisational life since they joined the Party in 1990".
CREATE TABLE member_watch (
    member_id     BIGINT NOT NULL,
    tracked_since DATE   NOT NULL,
    PRIMARY KEY (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Warnings for a branch's attention, raised by the daily watch and cleared when the cause goes.
-- open_member_id is the member while the warning is open, NULL once cleared: one open warning per
-- (kind, member), any number of cleared ones.
CREATE TABLE warning (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    org_id         BIGINT       NOT NULL,
    org_path       VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    level          VARCHAR(8)   NOT NULL,
    months         INT          NOT NULL,
    since          DATE         NOT NULL,
    raised_on      DATE         NOT NULL,
    cleared_on     DATE         NULL,
    open_member_id BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_warning_open (kind, open_member_id),
    KEY idx_warning_scope (org_path, cleared_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
