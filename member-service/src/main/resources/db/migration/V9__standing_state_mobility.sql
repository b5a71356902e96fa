-- Issue 18: the one status column mixed three things. Standing (正式/预备), membership state (on the roll,
-- suspended, left with a coded reason, or arriving by transfer) and mobility (流动党员, a flag with where
-- and since when) are kept apart. Every existing row is carried over; the old status of each row that
-- changed meaning is kept in its history (member_change, actor 'migration:V9').
ALTER TABLE member
    ADD COLUMN standing                  VARCHAR(16) NULL AFTER status,
    ADD COLUMN state                     VARCHAR(16) NULL AFTER standing,
    ADD COLUMN leave_reason              VARCHAR(32) NULL AFTER state,
    ADD COLUMN probation_extended_to     DATE        NULL AFTER full_date,
    ADD COLUMN confirmation_meeting_date DATE        NULL AFTER probation_extended_to,
    ADD COLUMN mobile                    BOOLEAN     NOT NULL DEFAULT FALSE AFTER confirmation_meeting_date,
    ADD COLUMN mobile_region             CHAR(6)     NULL AFTER mobile,
    ADD COLUMN mobile_since              DATE        NULL AFTER mobile_region;

-- Standing: FULL when the record says so or has a full-membership date (a MOBILE, SUSPENDED or LEFT member
-- who was confirmed), PROBATIONARY otherwise.
UPDATE member SET standing = CASE WHEN status = 'FULL' OR full_date IS NOT NULL THEN 'FULL' ELSE 'PROBATIONARY' END;

UPDATE member SET state = CASE
    WHEN status IN ('PROBATIONARY', 'FULL', 'MOBILE') THEN 'ACTIVE'
    WHEN status = 'SUSPENDED' THEN 'SUSPENDED'
    ELSE 'LEFT' END;

-- MOBILE becomes the flag, mobile since the day the status changed; the city, unit and contact stay.
UPDATE member SET mobile = TRUE, mobile_since = status_date WHERE status = 'MOBILE';

-- Leave reasons: the codes written before (TRANSFERRED_OUT by transfers, PROBATION_CANCELLED by recruitment)
-- keep their meaning; the usual wordings map to their code; anything else is UNSPECIFIED, its wording kept
-- in status_reason so that someone can correct it.
UPDATE member SET leave_reason = CASE
    WHEN status = 'DECEASED' THEN 'DECEASED'
    WHEN status_reason IN ('TRANSFERRED_OUT', '转出', '转出本市') THEN 'TRANSFERRED_OUT'
    WHEN status_reason IN ('PROBATION_CANCELLED', '取消预备党员资格') THEN 'PROBATION_CANCELLED'
    WHEN status_reason IN ('WITHDREW', 'VOLUNTARY', '退党', '自行退党') THEN 'WITHDREW'
    WHEN status_reason IN ('STRUCK_OFF', '除名') THEN 'STRUCK_OFF'
    WHEN status_reason IN ('EXPELLED', '开除党籍', '开除') THEN 'EXPELLED'
    WHEN status_reason IN ('DECEASED', '死亡', '已故', '病故') THEN 'DECEASED'
    ELSE 'UNSPECIFIED' END
WHERE status IN ('LEFT', 'DECEASED');

INSERT INTO member_change (member_id, at, actor_id, actor_username, field, old_value, new_value)
SELECT id, NOW(6), NULL, 'migration:V9', 'status', status,
       CONCAT(standing, ' ', state, COALESCE(CONCAT(' ', leave_reason), ''), IF(mobile, ' MOBILE', ''))
FROM member WHERE status IN ('MOBILE', 'SUSPENDED', 'LEFT', 'DECEASED');

ALTER TABLE member DROP KEY idx_member_subtree_stats;
ALTER TABLE member DROP COLUMN status;
ALTER TABLE member
    MODIFY standing VARCHAR(16) NOT NULL,
    MODIFY state VARCHAR(16) NOT NULL;

-- The statistics scan reads the index alone (see V5): the same columns with standing, state and mobility.
ALTER TABLE member
    ADD KEY idx_member_subtree_stats (org_path, state, standing, mobile, gender, education, ethnicity, birth_date, join_date);
