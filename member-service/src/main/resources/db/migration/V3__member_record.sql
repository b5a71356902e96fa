-- The full member record (issue 4). Existing rows are Han by default; everything else may be unknown.
ALTER TABLE member
    ADD COLUMN party_group    VARCHAR(50)  NULL AFTER org_path,
    ADD COLUMN ethnicity      CHAR(2)      NOT NULL DEFAULT '01' AFTER gender,
    ADD COLUMN native_place   VARCHAR(100) NULL,
    ADD COLUMN education      VARCHAR(24)  NULL,
    ADD COLUMN degree         VARCHAR(16)  NULL,
    ADD COLUMN occupation     VARCHAR(50)  NULL,
    ADD COLUMN work_unit      VARCHAR(100) NULL,
    ADD COLUMN photo_key      VARCHAR(255) NULL,
    ADD COLUMN status_reason  VARCHAR(32)  NULL,
    ADD COLUMN status_date    DATE         NULL,
    ADD COLUMN full_date      DATE         NULL,
    ADD COLUMN mobile_city    VARCHAR(50)  NULL,
    ADD COLUMN mobile_unit    VARCHAR(100) NULL,
    ADD COLUMN mobile_contact VARCHAR(50)  NULL,
    ADD COLUMN notes          VARCHAR(500) NULL,
    ADD COLUMN applicant_id   BIGINT       NULL,
    ADD UNIQUE KEY uk_member_applicant (applicant_id);

-- Imports name organisations by their code.
ALTER TABLE org_ref
    ADD COLUMN code VARCHAR(64) NULL,
    ADD KEY idx_org_ref_code (code);
