-- The test app's one table with encrypted columns.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    phone_enc     VARCHAR(255) NULL,
    id_number_enc VARCHAR(255) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
