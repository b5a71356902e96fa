-- Reads (issue 4): search filters, statistics and political birthdays.

-- One index serves the statistics scan and the usual search filters of a subtree: the path range comes
-- first, the other columns let the scan and the page count read the index alone (no row lookups).
ALTER TABLE member
    ADD KEY idx_member_subtree_stats (org_path, status, gender, education, ethnicity, birth_date, join_date);

-- Political birthdays are found by month and day of admission (month * 100 + day), whatever the year.
ALTER TABLE member
    ADD COLUMN join_month_day SMALLINT AS (MONTH(join_date) * 100 + DAYOFMONTH(join_date)) STORED,
    ADD KEY idx_member_join_month_day (join_month_day, id);

-- A greeting is sent once per member per day: a run inserts here first (INSERT IGNORE) and emits only
-- for the rows that carry its own run id, so a second or concurrent run finds nothing new to send.
CREATE TABLE political_birthday_sent (
    member_id BIGINT      NOT NULL,
    day       DATE        NOT NULL,
    run_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, day),
    KEY idx_political_birthday_sent_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ShedLock's table (JDBC provider): one row per named lock, so one replica runs the daily job.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
