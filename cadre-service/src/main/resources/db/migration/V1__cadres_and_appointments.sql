-- Grassroots cadres (基层干部). A cadre who is a Party member is linked to the member (member_id): name, sex, birth
-- date and education are read from the roster (member_ref), never typed again, and the columns here stay empty;
-- a cadre who is not a member (some village committee members) keeps them here. org_path is the organisation the
-- cadre is recorded under: who manages the record.
CREATE TABLE cadre (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id  BIGINT       NULL,
    org_id     BIGINT       NOT NULL,
    org_path   VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(50)  NULL,
    gender     VARCHAR(8)   NULL,
    birth_date DATE         NULL,
    education  VARCHAR(8)   NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    UNIQUE KEY cadre_member (member_id),
    KEY cadre_org_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Posts held (任职): ends_on is empty while the cadre holds the post. An organisation has one secretary at a time:
-- live_secretary_org is the organisation while a secretary's appointment holds, else NULL, and unique (NULLs repeat).
CREATE TABLE appointment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id           BIGINT       NOT NULL,
    org_id             BIGINT       NOT NULL,
    org_path           VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position           VARCHAR(24)  NOT NULL,
    method             VARCHAR(16)  NOT NULL,
    starts_on          DATE         NOT NULL,
    term_ends_on       DATE         NULL,
    ends_on            DATE         NULL,
    end_reason         VARCHAR(200) NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    ended_by           BIGINT       NULL,
    live_secretary_org BIGINT AS (IF(position = 'SECRETARY' AND ends_on IS NULL, org_id, NULL)) PERSISTENT,
    UNIQUE KEY appointment_one_secretary (live_secretary_org),
    KEY appointment_cadre (cadre_id),
    KEY appointment_org_path (org_path, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reserve cadres (后备干部): a cadre kept in reserve for a post of an organisation, from a date until taken off.
CREATE TABLE reserve (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id     BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position     VARCHAR(24)  NOT NULL,
    since        DATE         NOT NULL,
    until        DATE         NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY reserve_cadre (cadre_id),
    KEY reserve_org_path (org_path, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
