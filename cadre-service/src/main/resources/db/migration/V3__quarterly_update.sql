-- The quarterly update (按季度更新): each quarter every organisation whose cadres are kept here (active, with a post
-- held) confirms or updates its cadres by due_on. A task opens with the quarter (or the day the organisation's
-- first post is recorded); reminded_on is the last day the daily run announced it overdue (again a week later).
CREATE TABLE quarter_task (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter      CHAR(7)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    due_on       DATE         NOT NULL,
    confirmed_on DATE         NULL,
    confirmed_by BIGINT       NULL,
    posts        INT          NULL,
    note         VARCHAR(200) NULL,
    reminded_on  DATE         NULL,
    created_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY quarter_task_org (quarter, org_id),
    KEY quarter_task_path (quarter, org_path),
    KEY quarter_task_due (confirmed_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quarter's snapshot, taken once its update is due: the posts held and the reserve entries on the quarter's last
-- day (from their dates, so that changes entered late but dated within the quarter count), with the holders' sex,
-- birth date and education as they were then; analytics of a past quarter read these rows, not today's.
CREATE TABLE quarter_snapshot (
    quarter  CHAR(7)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    taken_at DATETIME(6) NOT NULL,
    posts    INT         NOT NULL,
    reserves INT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quarter_holding (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter    CHAR(7)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    cadre_id   BIGINT       NOT NULL,
    org_id     BIGINT       NOT NULL,
    org_path   VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL
        COMMENT 'historical: the tree as it stood when the snapshot was taken; a past quarter is analysed as it was',
    position   VARCHAR(24)  NOT NULL,
    starts_on  DATE         NOT NULL,
    gender     VARCHAR(8)   NULL,
    birth_date DATE         NULL,
    education  VARCHAR(8)   NULL,
    KEY quarter_holding_path (quarter, kind, org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
