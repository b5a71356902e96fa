-- Dues (党费). Each member's base for a year as the administrator entered it and the monthly amount the
-- 2008 brackets make of it; entering it again for the same year replaces it, and every entry is kept in
-- dues_base_log so the change stays on record.
CREATE TABLE dues_base (
    member_id      BIGINT        NOT NULL,
    year           SMALLINT      NOT NULL,
    dues_group     VARCHAR(16)   NOT NULL,
    base           DECIMAL(12, 2) NULL,
    monthly_amount DECIMAL(10, 2) NOT NULL,
    set_by         BIGINT        NOT NULL,
    set_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (member_id, year),
    KEY idx_dues_base_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dues_base_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    member_id      BIGINT        NOT NULL,
    year           SMALLINT      NOT NULL,
    dues_group     VARCHAR(16)   NOT NULL,
    base           DECIMAL(12, 2) NULL,
    monthly_amount DECIMAL(10, 2) NOT NULL,
    set_by         BIGINT        NOT NULL,
    set_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_dues_base_log_member (member_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reduction (or, at 0, an exemption) of a member's monthly amount for months of a year, with the
-- committee decision that approved it. Ranges of one member never overlap, so a month has one amount.
CREATE TABLE dues_reduction (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    member_id      BIGINT        NOT NULL,
    year           SMALLINT      NOT NULL,
    from_month     TINYINT       NOT NULL,
    to_month       TINYINT       NOT NULL,
    monthly_amount DECIMAL(10, 2) NOT NULL,
    reason         VARCHAR(200)  NOT NULL,
    approved_by    VARCHAR(200)  NOT NULL,
    approved_on    DATE          NOT NULL,
    recorded_by    BIGINT        NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_dues_reduction_member (member_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per member and month paid: what was due then and what was paid (more is a voluntary extra).
-- The primary key is the promise that a month is paid once.
CREATE TABLE dues_payment (
    member_id   BIGINT        NOT NULL,
    year        SMALLINT      NOT NULL,
    month       TINYINT       NOT NULL,
    due         DECIMAL(10, 2) NOT NULL,
    paid        DECIMAL(10, 2) NOT NULL,
    paid_on     DATE          NOT NULL,
    recorded_by BIGINT        NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (member_id, year, month),
    KEY idx_dues_payment_month (year, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
