-- Videos, audio and PDFs of the Party school. A file is uploaded in parts (media_part, each part an object of its
-- own until the upload completes and they are joined), then READY with its type judged by its content; link_key
-- signs the expiring links players fetch it through (a new key revokes them).
CREATE TABLE media_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(255) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    size         BIGINT       NOT NULL,
    part_size    INT          NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    content_type VARCHAR(100) NULL,
    object_key   VARCHAR(100) NULL,
    link_key     VARCHAR(64)  NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    KEY media_org_path (org_path)
);

CREATE TABLE media_part (
    media_id   BIGINT       NOT NULL,
    part_no    INT          NOT NULL,
    object_key VARCHAR(100) NOT NULL,
    size       BIGINT       NOT NULL,
    PRIMARY KEY (media_id, part_no)
);

-- the file a video, audio or PDF lesson plays (none for an article, or a lesson laid out before its file is ready)
ALTER TABLE course_lesson ADD COLUMN media_id BIGINT NULL;
