-- Training (培训情况): courses a cadre attended, recorded by the administrators (course, provider, hours, date); and
-- the class hours every member earned in the Party school per year, kept from learning-service's
-- learning.hours-earned so that a member cadre's Party-school hours count without anyone typing them (also hours
-- earned before the member became a cadre).
CREATE TABLE training (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id   BIGINT        NOT NULL,
    org_id     BIGINT        NOT NULL,
    org_path   VARCHAR(512)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    course     VARCHAR(100)  NOT NULL,
    provider   VARCHAR(100)  NOT NULL,
    hours      DECIMAL(6, 1) NOT NULL,
    held_on    DATE          NOT NULL,
    created_by BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    KEY training_cadre (cadre_id, held_on),
    KEY training_org_path (org_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE party_school_hours (
    member_id BIGINT        NOT NULL,
    year      INT           NOT NULL,
    hours     DECIMAL(8, 1) NOT NULL,
    PRIMARY KEY (member_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
