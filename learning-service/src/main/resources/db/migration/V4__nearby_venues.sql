-- The Party organisations' activity venues, copied from org-service's org.venue-updated (coordinates in GCJ-02, as
-- read off a map): the truth behind the Redis GEO index the nearby search reads, which is rebuilt from here.
CREATE TABLE venue_ref (
    venue_id   BIGINT        NOT NULL PRIMARY KEY,
    org_id     BIGINT        NOT NULL,
    name       VARCHAR(100)  NULL,
    address    VARCHAR(200)  NULL,
    latitude   DECIMAL(9, 6) NULL,
    longitude  DECIMAL(9, 6) NULL,
    removed    BOOLEAN       NOT NULL,
    updated_at DATETIME(6)   NOT NULL
);
