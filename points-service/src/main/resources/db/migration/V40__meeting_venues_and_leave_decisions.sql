-- A planned meeting names one of the venues (活动阵地) of its organisation or of one above it, or gives the
-- place as text when it is held elsewhere (a 主题党日 at a memorial site): exactly one of the two.
-- venue_ref is points-service's small copy of org-service's venues, kept from dj.org.venue-updated.v1;
-- a removed venue stays (removed = TRUE) so that meetings held there still show it, and takes no new plans.
CREATE TABLE venue_ref (
    venue_id   BIGINT       NOT NULL,
    org_id     BIGINT       NOT NULL,
    name       VARCHAR(100) NULL,
    address    VARCHAR(200) NULL,
    removed    BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (venue_id),
    KEY idx_venue_ref_org (org_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- place keeps the readable text the announcement gave: a venue's name and address, or the text given.
ALTER TABLE meeting ADD COLUMN venue_id BIGINT NULL AFTER starts_at;
ALTER TABLE meeting MODIFY place VARCHAR(310) NOT NULL;

-- The branch's reason when it refuses a leave (the member is told it).
ALTER TABLE meeting_attendee ADD COLUMN leave_decision_reason VARCHAR(200) NULL AFTER leave_status;
