-- 民主评议党员 (annual member appraisal, issue 18 item 16): each branch records the year's appraisal once (a
-- correction replaces it): the summaries of the self-assessment and the mutual assessment, and the branch's
-- grade per member appraised. Points are shown beside the grades as a reference; nothing here derives from them.
CREATE TABLE appraisal (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    org_id            BIGINT       NOT NULL,
    org_path          VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    year              SMALLINT     NOT NULL,
    self_assessment   TEXT         NOT NULL,
    mutual_assessment TEXT         NOT NULL,
    recorded_by       BIGINT       NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_appraisal_branch_year (org_id, year),
    KEY idx_appraisal_scope (org_path, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One member's grade in a branch's appraisal; org_path (the branch's) and member_id scope it, so a member
-- reads their own grades and administrators those of their subtree.
CREATE TABLE appraisal_grade (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    appraisal_id BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    year         SMALLINT     NOT NULL,
    grade        VARCHAR(24)  NOT NULL,
    remark       VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_appraisal_grade_member (appraisal_id, member_id),
    KEY idx_appraisal_grade_member (member_id, year),
    KEY idx_appraisal_grade_scope (org_path, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
