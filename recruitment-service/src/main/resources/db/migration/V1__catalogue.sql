-- The catalogue of development steps, versioned: each version is one immutable JSON document (stages, steps,
-- time rules, evidence, exams, votes), as loaded. A case keeps the version it started with, so a city loading a
-- finer catalogue never changes the rules of a case under way. Version 1 is the national catalogue, loaded by
-- the service at start when missing (NationalCatalogue), so that its text lives in one place.
CREATE TABLE catalogue (
    version     INT          NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    source      VARCHAR(300) NOT NULL,
    refines     INT          NULL COMMENT 'the version whose steps this one refines (NULL: the national one itself)',
    document    LONGTEXT     NOT NULL,
    loaded_by   BIGINT       NULL COMMENT 'account id; NULL: shipped with the platform',
    loaded_at   DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
