-- The test app's tables with encrypted columns: one keyed by number, one by text.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    phone_enc     VARCHAR(255) NULL,
    id_number_enc VARCHAR(255) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE secret (
    name      VARCHAR(64) NOT NULL,
    value_enc TEXT        NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
