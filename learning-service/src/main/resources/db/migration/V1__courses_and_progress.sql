-- Courses of the Party school: chapters released in instalments (release_on), lessons with their duration and
-- class hours. A course belongs to the organisation that publishes it (org_path: who manages it, and the subtree
-- of learners it is for).
CREATE TABLE course (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(100)  NOT NULL,
    summary      VARCHAR(1000) NULL,
    org_id       BIGINT        NOT NULL,
    org_path     VARCHAR(255)  NOT NULL,
    audience     VARCHAR(16)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    class_hours  DECIMAL(6, 1) NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    published_at DATETIME(6)   NULL,
    KEY course_org_path (org_path),
    KEY course_published (status, org_path)
);

CREATE TABLE course_chapter (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    title      VARCHAR(100) NOT NULL,
    release_on DATE         NOT NULL,
    UNIQUE KEY chapter_order (course_id, seq)
);

CREATE TABLE course_lesson (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id        BIGINT        NOT NULL,
    chapter_id       BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    title            VARCHAR(100)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    duration_seconds INT           NOT NULL,
    class_hours      DECIMAL(4, 1) NOT NULL,
    UNIQUE KEY lesson_order (chapter_id, seq),
    KEY lesson_course (course_id)
);

-- A learner's progress in a lesson as the flush of buffered heartbeats left it: where to resume, the media time
-- really played (credited_ms, never above the duration), the last heartbeat applied (last_seq: a flush repeated
-- after a crash applies nothing twice) and when the lesson was completed.
CREATE TABLE lesson_progress (
    member_id        BIGINT      NOT NULL,
    lesson_id        BIGINT      NOT NULL,
    course_id        BIGINT      NOT NULL,
    position_seconds INT         NOT NULL,
    credited_ms      BIGINT      NOT NULL,
    last_seq         BIGINT      NOT NULL,
    completed_at     DATETIME(6) NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, lesson_id),
    KEY progress_course (member_id, course_id)
);

-- The class-hour ledger: one entry per source (a completed lesson, later an exam or a lecture), per member.
CREATE TABLE class_hour_entry (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id BIGINT        NOT NULL,
    year      SMALLINT      NOT NULL,
    hours     DECIMAL(5, 1) NOT NULL,
    source    VARCHAR(40)   NOT NULL,
    activity  VARCHAR(200)  NOT NULL,
    earned_on DATE          NOT NULL,
    UNIQUE KEY class_hour_once (member_id, source),
    KEY class_hour_year (member_id, year)
);
