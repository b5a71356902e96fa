-- The roster keeps each member's education (GB/T 4658 code, as member events carry it; null when not recorded), so
-- that cadre-service reads a member cadre's education without anyone typing it again (issue 23).
ALTER TABLE member_ref ADD COLUMN education VARCHAR(8) NULL;
