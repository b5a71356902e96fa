-- Points by rule. The rules are data (a JSON document), each change a new version; the current one is
-- the highest. No row: the built-in defaults (version 0).
CREATE TABLE rule_set (
    version    INT          NOT NULL AUTO_INCREMENT,
    rules      TEXT         NOT NULL,
    created_by BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Organisational life (组织生活记录) as the branch recorded it, with each member's attendance.
CREATE TABLE activity (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    org_id      BIGINT       NOT NULL,
    org_path    VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    type        VARCHAR(24)  NOT NULL,
    held_on     DATE         NOT NULL,
    place       VARCHAR(100) NULL,
    topic       VARCHAR(200) NOT NULL,
    minutes     TEXT         NULL,
    recorded_by BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_activity_scope (org_path, held_on),
    KEY idx_activity_org (org_id, type, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attendance (
    activity_id BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    presence    VARCHAR(8)   NOT NULL,
    reason      VARCHAR(200) NULL,
    PRIMARY KEY (activity_id, member_id),
    KEY idx_attendance_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What counts towards a member's points: facts, not points. The rules in force turn them into points,
-- so a rule change recalculates without rewriting history. Append-only; the unique key is the
-- promise that one source (an activity, a dues month, an event) counts once per member.
CREATE TABLE ledger_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    member_id   BIGINT       NOT NULL,
    year        SMALLINT     NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    detail      VARCHAR(24)  NULL,
    quantity    DECIMAL(7, 1) NOT NULL,
    source      VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    occurred_on DATE         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ledger_once (member_id, source),
    KEY idx_ledger_year (year, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each member's total for a year under the rules of rule_version; rankings in Redis mirror it.
CREATE TABLE member_total (
    member_id    BIGINT       NOT NULL,
    year         SMALLINT     NOT NULL,
    total        DECIMAL(8, 1) NOT NULL,
    rule_version INT          NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (member_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whether an organisation's members see their own score and rank (administrators always do).
CREATE TABLE ranking_visibility (
    org_id          BIGINT      NOT NULL,
    members_see_own BOOLEAN     NOT NULL,
    updated_by      BIGINT      NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each recalculation of a year's totals after a rule change: how many members, how long.
CREATE TABLE recalculation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    rule_version INT          NOT NULL,
    year         SMALLINT     NOT NULL,
    members      INT          NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL,
    error        VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
