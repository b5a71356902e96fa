-- Issue 18, items 12 and 20: member-service's rules as effective-dated data, through rules-kit. The kit's table
-- (rules-kit db/rules-kit/V0_40__rule_set.sql, the same DDL): this schema is past the kit's version 0.40, so the
-- service creates it here and sets dj.rules.kit-migrations=false. One JSON document per change, never updated;
-- the value in force on a day is the row of the latest effective_from not after it.
CREATE TABLE rule_set (
    version        INT          NOT NULL AUTO_INCREMENT,
    name           VARCHAR(40)  NOT NULL,
    rules          TEXT         NOT NULL,
    effective_from DATE         NOT NULL,
    source         VARCHAR(300) NULL,
    created_by     BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (version),
    KEY idx_rule_set_in_force (name, effective_from, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The national value, in force until the city changes it (the date only says so: before it the definition's
-- national value, the same 18, applies).
INSERT INTO rule_set (name, rules, effective_from, source, created_by, created_at) VALUES
('admission', '{"minimumAge":18}', '2000-01-01',
 '全国标准：《中国共产党章程》第一条：年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、执行党的决议和按期交纳党费的，可以申请加入中国共产党',
 NULL, UTC_TIMESTAMP(6));
