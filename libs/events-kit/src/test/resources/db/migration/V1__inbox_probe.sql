-- A service's own migration, run after the kit's V0_x ones; the inbox tests write their side effects here.
CREATE TABLE inbox_probe (
    consumer VARCHAR(150) NOT NULL,
    event_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
