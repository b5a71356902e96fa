-- What the branch meeting's vote on a step recorded (admission N15, confirmation N23): the counts as the meeting
-- gave them and the number of entitled voters (the branch's full members on the roster when the vote was
-- recorded), one row per recorded step. Rows follow their case (no path of their own: read through a case in scope).
CREATE TABLE step_vote (
    case_step_id BIGINT      NOT NULL PRIMARY KEY,
    case_id      BIGINT      NOT NULL,
    step_code    VARCHAR(16) NOT NULL,
    entitled     INT         NOT NULL COMMENT 'full members of the branch on the roster when recorded',
    present      INT         NOT NULL,
    yes_votes    INT         NOT NULL,
    no_votes     INT         NOT NULL,
    abstentions  INT         NOT NULL,
    KEY idx_step_vote_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The full members a step names for the person (training contacts N05, introducers N09), in the order given,
-- with their names as the roster had them when recorded.
CREATE TABLE step_person (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_step_id BIGINT      NOT NULL,
    case_id      BIGINT      NOT NULL,
    step_code    VARCHAR(16) NOT NULL,
    kind         VARCHAR(24) NOT NULL COMMENT 'TRAINING_CONTACT or INTRODUCER',
    ord          INT         NOT NULL,
    member_id    BIGINT      NOT NULL,
    name         VARCHAR(50) NOT NULL,
    UNIQUE KEY uk_step_person (case_step_id, member_id),
    KEY idx_step_person_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exams a case's applicant sat: passes announced by learning-service (source ONLINE, one row per event) and paper
-- exams an administrator recorded with the score sheet (source PAPER, passed when the score reached the pass mark
-- of rule set admission in force on the exam's date). A step waiting for an exam of a kind needs a passed row of
-- that kind dated on or before the step.
CREATE TABLE case_exam (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL COMMENT 'the applicant id',
    kind        VARCHAR(16)  NOT NULL COMMENT 'ACTIVIST, CANDIDATE or NEW_MEMBER',
    score       DECIMAL(5, 1) NOT NULL,
    taken_on    DATE         NOT NULL,
    passed      BOOLEAN      NOT NULL,
    pass_mark   INT          NULL COMMENT 'the pass mark applied, for PAPER',
    source      VARCHAR(8)   NOT NULL COMMENT 'ONLINE (learning-service) or PAPER',
    event_id    VARCHAR(64)  NULL COMMENT 'the exam-passed event, for ONLINE',
    sheet_key   VARCHAR(255) NULL COMMENT 'the score sheet in the object store, for PAPER',
    sheet_type  VARCHAR(64)  NULL,
    recorded_by BIGINT       NULL COMMENT 'account id, for PAPER',
    recorded_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_case_exam_event (event_id),
    KEY idx_case_exam_case (case_id, kind, passed, taken_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
