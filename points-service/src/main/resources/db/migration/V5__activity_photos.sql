-- Photos of an activity (the meeting as it happened), stored through storage-kit; the row holds the key.
CREATE TABLE activity_photo (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id  BIGINT       NOT NULL,
    object_key   VARCHAR(255) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_activity_photo_activity (activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
