-- The outcomes of the two approvals (admission: approved or refused; confirmation: confirmed, extended once,
-- or cancelled) and what they change on the case.
-- ethnicity: the GB 3304 code member-service needs to create the probationary member; asked at the opening
-- from now on (NULL only on cases opened before this migration, which the service never ran live with).
-- confirmation_round: 1, then 2 once probation is extended: the application for confirmation, the
-- confirmation vote and its approval are recorded once more after the extension ends. Their first-round rows
-- stay (history) but are marked superseded, so that the gate and the timeline's "next step" read the current
-- round only. closed_on/closed_reason: a refused admission or a cancelled probation closes the case.
ALTER TABLE recruitment_case
    ADD COLUMN ethnicity               VARCHAR(2)   NULL COMMENT 'GB 3304 code',
    ADD COLUMN confirmation_round      INT          NOT NULL DEFAULT 1,
    ADD COLUMN probation_extended_until DATE        NULL,
    ADD COLUMN closed_on               DATE         NULL,
    ADD COLUMN closed_reason           VARCHAR(500) NULL;

ALTER TABLE case_step
    ADD COLUMN round_no   INT     NOT NULL DEFAULT 1 COMMENT 'the case''s confirmation round when recorded',
    ADD COLUMN superseded BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'a confirmation step of a round an extension ended',
    DROP INDEX uk_case_step,
    ADD UNIQUE KEY uk_case_step (case_id, step_code, round_no);

-- An approval's outcome as decided: one row per approval step recorded (the confirmation approval once per
-- round), beside the step's row, with the reason a refusal or cancellation must give.
CREATE TABLE case_outcome (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    case_step_id  BIGINT       NOT NULL,
    step_code     VARCHAR(16)  NOT NULL,
    org_path      VARCHAR(255) NOT NULL,
    decision      VARCHAR(16)  NOT NULL COMMENT 'APPROVED, REFUSED, CONFIRMED, EXTENDED, CANCELLED',
    decided_on    DATE         NOT NULL,
    reason        VARCHAR(500) NULL,
    extend_months INT          NULL,
    extended_until DATE        NULL,
    UNIQUE KEY uk_case_outcome_step (case_step_id),
    KEY idx_case_outcome_case (case_id),
    KEY idx_case_outcome_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
