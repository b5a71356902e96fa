-- Applicants never admitted are anonymised once their period is past (issue 16, item 14; rule REFUSED_APPLICANT):
-- the case stays, with its dates, steps and outcome, for the counts and the branch's history, but who it was goes.
-- The number columns may therefore be empty; anonymised_at says when it happened.
ALTER TABLE recruitment_case
    MODIFY id_number_enc    VARCHAR(255) NULL,
    MODIFY id_number_idx    CHAR(64)     NULL,
    MODIFY id_number_masked VARCHAR(32)  NULL,
    MODIFY phone_enc        VARCHAR(255) NULL,
    MODIFY phone_idx        CHAR(64)     NULL,
    MODIFY phone_masked     VARCHAR(32)  NULL,
    ADD COLUMN anonymised_at DATETIME(3) NULL COMMENT 'when the person''s details were taken off (REFUSED_APPLICANT)',
    ADD KEY idx_case_closed (status, closed_on);
