-- member_ref is this service's own table (V1 created it before member-roster-kit existed, so the kit's migrations
-- are off here: dj.member-roster.kit-migrations=false). The kit's V0_31 adds the occupation code and mobility to
-- its roster; this is the same change for this service's copy of the table, which the kit's MemberRoster writes.
ALTER TABLE member_ref
    ADD COLUMN occupation VARCHAR(50) NULL,
    ADD COLUMN mobile     BOOLEAN     NOT NULL DEFAULT FALSE;

UPDATE member_ref SET mobile = TRUE, status = 'FULL' WHERE status = 'MOBILE';
