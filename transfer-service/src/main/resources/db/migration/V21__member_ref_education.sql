-- member_ref is this service's own table (kit migrations off, see V20). The kit's V0_32 adds the education code to
-- its roster (cadre-service reads a member cadre's education from it); the same change for this service's copy,
-- which the kit's MemberRoster writes.
ALTER TABLE member_ref ADD COLUMN education VARCHAR(8) NULL;
