-- Activity venues (活动阵地) of organisations, and their photos (bytes in the object store).
CREATE TABLE venue (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    org_id      BIGINT        NOT NULL,
    org_path    VARCHAR(512)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    address     VARCHAR(200)  NOT NULL,
    latitude    DECIMAL(9, 6) NOT NULL,
    longitude   DECIMAL(9, 6) NOT NULL,
    area_sqm    DECIMAL(10, 2) NULL,
    facilities  VARCHAR(500)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_venue_org (org_id),
    KEY idx_venue_org_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE venue_photo (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    venue_id     BIGINT       NOT NULL,
    org_path     VARCHAR(512) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    object_key   VARCHAR(120) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_venue_photo_venue (venue_id),
    KEY idx_venue_photo_org_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
