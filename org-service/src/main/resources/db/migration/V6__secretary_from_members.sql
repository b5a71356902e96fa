-- The secretary is picked from the organisation's members (issue 18 item 14), not typed: the member's id, and the
-- name they had when picked (so history and old readers keep a name). Rows from before keep their typed name in
-- `secretary` with no member id, shown as they are until someone picks a member.
ALTER TABLE org_unit
    ADD COLUMN secretary_member_id BIGINT NULL AFTER secretary;
