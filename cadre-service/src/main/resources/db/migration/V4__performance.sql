-- A cadre's performance of duty (履职情况), annual assessment (年度考核) and rewards and sanctions (奖惩情况). Read and
-- written only through the cadre, whose record carries the organisation scope.

-- One summary per cadre and quarter, written with the quarterly update: what they did, the key tasks, the outcome.
CREATE TABLE duty_record (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id   BIGINT       NOT NULL,
    quarter    CHAR(7)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    summary    VARCHAR(500) NOT NULL,
    key_tasks  VARCHAR(500) NULL,
    outcome    VARCHAR(200) NULL,
    updated_by BIGINT       NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    UNIQUE KEY duty_record_quarter (cadre_id, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One grade per cadre and year: EXCELLENT 优秀, COMPETENT 称职, BASICALLY_COMPETENT 基本称职, INCOMPETENT 不称职.
CREATE TABLE assessment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id   BIGINT       NOT NULL,
    year       SMALLINT     NOT NULL,
    grade      VARCHAR(24)  NOT NULL,
    note       VARCHAR(200) NULL,
    updated_by BIGINT       NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    UNIQUE KEY assessment_year (cadre_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reward or a sanction: what, decided by whom, when.
CREATE TABLE reward_sanction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id   BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    title      VARCHAR(100) NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    decided_on DATE         NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    KEY reward_sanction_cadre (cadre_id, decided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
