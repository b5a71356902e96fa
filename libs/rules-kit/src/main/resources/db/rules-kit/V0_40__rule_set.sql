-- rules-kit: a service's rule sets as effective-dated data. One JSON document per change, never updated: the
-- rule set's name, its value (rules), the day it applies from, its basis (source), who set it and when
-- (created_by NULL: seeded national value). The value in force on a day is the row of the latest
-- effective_from not after it (of two for the same day, the higher version).
CREATE TABLE rule_set (
    version        INT          NOT NULL AUTO_INCREMENT,
    name           VARCHAR(40)  NOT NULL,
    rules          TEXT         NOT NULL,
    effective_from DATE         NOT NULL,
    source         VARCHAR(300) NULL,
    created_by     BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (version),
    KEY idx_rule_set_in_force (name, effective_from, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
