-- Course discussion (在线讨论): threads and their replies in one table (thread_id NULL for a thread's opening post),
-- each with its author's name and branch as posted (nothing else of the person is shown). org_path is the author's
-- branch: its administrators and those above moderate what their members post. reply_count counts visible replies.
CREATE TABLE discussion_post (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id        BIGINT        NOT NULL,
    thread_id        BIGINT        NULL,
    title            VARCHAR(100)  NULL,
    body             VARCHAR(2000) NOT NULL,
    author_member_id BIGINT        NOT NULL,
    author_name      VARCHAR(50)   NOT NULL,
    org_id           BIGINT        NOT NULL,
    org_path         VARCHAR(255)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    reply_count      INT           NOT NULL DEFAULT 0,
    report_count     INT           NOT NULL DEFAULT 0,
    last_activity_at DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    hidden_by        BIGINT        NULL,
    hidden_at        DATETIME(6)   NULL,
    hidden_reason    VARCHAR(200)  NULL,
    KEY discussion_course_threads (course_id, thread_id, status, last_activity_at),
    KEY discussion_thread_replies (thread_id, id),
    KEY discussion_org_path (org_path, status, report_count)
);

-- one report per member and post: reporting again changes nothing
CREATE TABLE discussion_report (
    post_id            BIGINT       NOT NULL,
    reporter_member_id BIGINT       NOT NULL,
    reason             VARCHAR(200) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (post_id, reporter_member_id)
);

-- Words a post may not contain (a word list as data, kept by the city); stored as matched: lower case, without
-- spaces or punctuation, so that "赌 博" is caught as well. The first words are of scams and adverts.
CREATE TABLE sensitive_word (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    word       VARCHAR(50) NOT NULL,
    created_by BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    UNIQUE KEY sensitive_word_word (word)
);

INSERT INTO sensitive_word (word, created_at) VALUES
    ('赌博', NOW(6)), ('博彩', NOW(6)), ('六合彩', NOW(6)), ('代开发票', NOW(6)), ('办证', NOW(6)),
    ('刷单', NOW(6)), ('裸聊', NOW(6)), ('高利贷', NOW(6)), ('套现', NOW(6)), ('传销', NOW(6));
