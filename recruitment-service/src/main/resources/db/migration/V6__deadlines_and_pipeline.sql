-- A deadline announced: once per case, step and kind (APPROACHING, OVERDUE), whatever reruns or replicas do; the
-- key is what guarantees it (a second insert fails and its run announces nothing).
CREATE TABLE deadline_notice (
    case_id      BIGINT       NOT NULL,
    step_code    VARCHAR(16)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL COMMENT 'APPROACHING | OVERDUE',
    due_on       DATE         NOT NULL,
    acting_org_id BIGINT      NOT NULL COMMENT 'the organisation told to act',
    announced_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (case_id, step_code, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pipeline counts of a subtree read only this index (path prefix, then status, stage, application and last dates).
CREATE INDEX idx_case_pipeline ON recruitment_case (org_path, status, stage, application_date, last_step_on);

-- Throughput per branch and year: the steps recorded within a year, by path (a small subtree) or by date (the
-- whole city, where the path selects everything), without reading the rows.
CREATE INDEX idx_case_step_path_done ON case_step (org_path, done_on, step_code, case_id);
CREATE INDEX idx_case_step_done ON case_step (done_on, step_code, org_path, case_id);
