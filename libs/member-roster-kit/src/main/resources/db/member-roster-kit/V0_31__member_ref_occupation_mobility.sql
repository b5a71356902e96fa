-- The roster keeps each member's occupation (党员工作岗位: the code-tables kit's occupation code, as member events
-- carry it; null when not recorded) and mobility (流动党员, beside the standing, never instead of it), so that a
-- service derives the dues group and knows a mobile member without asking again (issue 18 items 13, 14).
ALTER TABLE member_ref
    ADD COLUMN occupation VARCHAR(50) NULL,
    ADD COLUMN mobile     BOOLEAN     NOT NULL DEFAULT FALSE;

-- Rows written from version-one events said MOBILE instead of the standing: they become mobile, with the standing
-- a v1 event would have been given without one (FULL, as MembershipStatus.fromV1 does); the next status change
-- carries the standing itself.
UPDATE member_ref SET mobile = TRUE, status = 'FULL' WHERE status = 'MOBILE';
