-- A case: one person's development, from the written application on. The case id is the applicant id that
-- events carry. The ID and phone numbers are kept three ways: ciphertext (key id inside, crypto-kit), an HMAC
-- blind index for exact lookup, and the masked form lists show without decrypting. open_id_idx is the ID
-- number's blind index while the case is open (NULL once closed): one open case per person, by a unique key.
-- The case keeps the catalogue version it started on; stage and last step follow the steps recorded.
CREATE TABLE recruitment_case (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_version INT          NOT NULL,
    org_id            BIGINT       NOT NULL COMMENT 'the branch the person applied to',
    org_path          VARCHAR(255) NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    gender            VARCHAR(1)   NOT NULL COMMENT 'GB/T 2261.1 code',
    birth_date        DATE         NOT NULL COMMENT 'from the ID number',
    id_number_enc     VARCHAR(255) NOT NULL,
    id_number_idx     CHAR(64)     NOT NULL,
    id_number_masked  VARCHAR(32)  NOT NULL,
    phone_enc         VARCHAR(255) NOT NULL,
    phone_idx         CHAR(64)     NOT NULL,
    phone_masked      VARCHAR(32)  NOT NULL,
    work_unit         VARCHAR(100) NULL,
    education         VARCHAR(4)   NOT NULL COMMENT 'GB/T 4658 code',
    application_date  DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL COMMENT 'OPEN; outcomes come with votes and approvals',
    stage             VARCHAR(24)  NOT NULL,
    last_step         VARCHAR(16)  NOT NULL,
    last_step_on      DATE         NOT NULL,
    open_id_idx       CHAR(64)     NULL,
    opened_by         BIGINT       NOT NULL,
    opened_at         DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_case_open_person (open_id_idx),
    KEY idx_case_id_number (id_number_idx),
    KEY idx_case_org_path (org_path, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A step recorded on a case: its date, the values its catalogue entry asks for (JSON), who recorded it. Each
-- step once per case; the path is the case's, so the data scope limits step rows as it limits cases.
CREATE TABLE case_step (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    step_code   VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL COMMENT 'the step''s place in the case''s catalogue',
    org_path    VARCHAR(255) NOT NULL,
    done_on     DATE         NOT NULL,
    field_values TEXT        NULL,
    recorded_by BIGINT       NOT NULL,
    recorded_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_case_step (case_id, step_code),
    KEY idx_case_step_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
