-- Issue 18, item 13. Missing organisational life escalates like dues: warned at 3 months, flagged at 6. The national
-- seed of the rule set organisational-life (nobody set it; it stands for the national default, so no city change is
-- rewritten here) gains the two values with their source. Values set later without them keep the national ones.
UPDATE rule_set
SET rules  = REPLACE(rules, '"fullMembersForACommittee":7}',
                     '"fullMembersForACommittee":7,"warnAfterMonthsWithout":3,"flagAfterMonthsWithout":6}'),
    source = CONCAT(source, '；《中国共产党章程》第九条：党员无正当理由连续六个月不参加党的组织生活，被认为是自行脱党（平台满六个月标记、由组织研究处理，满三个月预警）')
WHERE name = 'organisational-life' AND created_by IS NULL AND effective_from = '2000-01-01';

-- A mobile member's organisational life at the branch where they live: the branch lists them as a guest. The
-- attendance counts for the guest's own record (their warnings, their points); their own branch is not the host.
ALTER TABLE attendance ADD COLUMN guest BOOLEAN NOT NULL DEFAULT FALSE;
