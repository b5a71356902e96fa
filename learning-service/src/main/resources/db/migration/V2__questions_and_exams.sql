-- Question banks: a question belongs to an organisation (org_path: who manages it); an exam of an organisation
-- draws from its own bank and the banks above it. options, correct and accepted are JSON arrays: the options as
-- shown to the author, the indices of the correct ones, the accepted texts of a fill-in. tags are kept as
-- ',tag1,tag2,' so a draw by tag is a LIKE on one column.
CREATE TABLE question (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id     BIGINT        NOT NULL,
    org_path   VARCHAR(255)  NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    stem       VARCHAR(500)  NOT NULL,
    options    VARCHAR(2000) NOT NULL,
    correct    VARCHAR(100)  NOT NULL,
    accepted   VARCHAR(1000) NOT NULL,
    tags       VARCHAR(200)  NOT NULL,
    difficulty TINYINT       NOT NULL,
    created_by BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    KEY question_bank (org_path, difficulty)
);

-- An exam: its paper fixed (question ids) or drawn per attempt by rules (counts per tag and difficulty), timed,
-- with a pass mark and a limit on attempts. kind ACTIVIST, CANDIDATE and NEW_MEMBER are the development exams
-- whose passes recruitment-service's gate waits for.
CREATE TABLE exam (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id           BIGINT        NOT NULL,
    org_path         VARCHAR(255)  NOT NULL,
    title            VARCHAR(100)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    duration_minutes INT           NOT NULL,
    pass_score       DECIMAL(4, 1) NOT NULL,
    max_attempts     INT           NOT NULL,
    paper            VARCHAR(4000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    published_at     DATETIME(6)   NULL,
    KEY exam_org_path (org_path),
    KEY exam_published (status, org_path)
);

-- One sitting of an exam by a member or an applicant (taker 'M<member id>' or 'A<case id>'): the questions drawn
-- for it with each one's option order as shown (paper), the answers saved so far (by question id, in the shown
-- order), the deadline set by the server when it started, and the grade once submitted (by the taker, or by the
-- sweep at the deadline: auto_submitted).
CREATE TABLE exam_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    exam_id        BIGINT        NOT NULL,
    taker          VARCHAR(24)   NOT NULL,
    member_id      BIGINT        NULL,
    applicant_id   BIGINT        NULL,
    seq            INT           NOT NULL,
    paper          TEXT          NOT NULL,
    answers        TEXT          NULL,
    started_at     DATETIME(6)   NOT NULL,
    deadline       DATETIME(6)   NOT NULL,
    submitted_at   DATETIME(6)   NULL,
    auto_submitted BOOLEAN       NOT NULL DEFAULT FALSE,
    score          DECIMAL(4, 1) NULL,
    passed         BOOLEAN       NULL,
    UNIQUE KEY attempt_once (exam_id, taker, seq),
    KEY attempt_open (submitted_at, deadline)
);
