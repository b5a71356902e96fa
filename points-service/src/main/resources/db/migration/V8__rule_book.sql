-- Issue 18, item 12: the rules are effective-dated data. The points rules' store (one JSON document per change,
-- never updated) keeps every rule set: each row names its rule set and the day it applies from. The value in
-- force on a day is the row of the latest effective_from not after it (of two for the same day, the later
-- version). The points rules keep their own meaning (the highest version is in force, at once).
ALTER TABLE rule_set
    ADD COLUMN name           VARCHAR(40)  NOT NULL DEFAULT 'points' AFTER version,
    ADD COLUMN effective_from DATE         NULL AFTER rules,
    ADD COLUMN source         VARCHAR(300) NULL AFTER effective_from;
UPDATE rule_set SET effective_from = DATE(created_at);
ALTER TABLE rule_set MODIFY effective_from DATE NOT NULL;
ALTER TABLE rule_set ALTER COLUMN name DROP DEFAULT;
CREATE INDEX idx_rule_set_in_force ON rule_set (name, effective_from, version);

-- The national values, in force from before the platform until the city changes them (the date only says so).
INSERT INTO rule_set (name, rules, effective_from, source, created_by, created_at) VALUES
('dues',
 '{"employed":[{"upTo":3000,"percent":0.5},{"upTo":5000,"percent":1},{"upTo":10000,"percent":1.5},{"upTo":null,"percent":2}],"retired":[{"upTo":5000,"percent":0.5},{"upTo":null,"percent":1}],"farmerMin":0.20,"farmerMax":1.00,"token":0.20,"backPaymentMonths":6}',
 '2000-01-01',
 '全国标准：中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008年）：在职党员按税后月工资收入3000元以下（含）0.5%、3000至5000元（含）1%、5000至10000元（含）1.5%、10000元以上2%；离退休党员5000元以下（含）0.5%、以上1%；农民党员每月0.2至1元；学生、下岗失业及享受低保党员每月0.2元；补交党费一般不超过6个月',
 NULL, UTC_TIMESTAMP(6)),
('organisational-life',
 '{"requirements":[{"type":"COMMITTEE_MEETING","period":"MONTH"},{"type":"THEME_DAY","period":"MONTH"},{"type":"GENERAL_MEETING","period":"QUARTER"},{"type":"PARTY_LECTURE","period":"QUARTER"},{"type":"LIFE_MEETING","period":"YEAR"}],"fullMembersForACommittee":7}',
 '2000-01-01',
 '全国标准：《中国共产党支部工作条例（试行）》（2018年）：支部党员大会每季度、支部委员会会议每月、主题党日每月、组织生活会每年至少1次，正式党员7人以上的党支部设立支部委员会；党课按季度为通行做法',
 NULL, UTC_TIMESTAMP(6)),
('appraisal',
 '{"excellentAtMost":{"numerator":1,"denominator":3}}',
 '2000-01-01',
 '全国做法：民主评议党员每年开展，评定优秀、合格、基本合格、不合格，评为优秀的一般不超过参评党员的三分之一',
 NULL, UTC_TIMESTAMP(6));
