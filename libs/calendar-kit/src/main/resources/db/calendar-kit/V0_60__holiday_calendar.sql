-- calendar-kit: the same tables and shipped year as transfer-service's own V3 (which made them before the kit existed):
-- services that count working days get them here and follow the years transfer-service sets (dj.calendar.follow).
-- The official holiday calendar that due dates and overdue counts go by: per year, the days off (放假) and
-- the weekend days made working days (调休上班) that the State Council General Office announces each
-- November for the year after. A year is replaced as a whole (PUT /api/transfers/calendar/{year}); a year
-- without a row here counts Monday to Friday and warns in the log.
CREATE TABLE holiday_calendar_year (
    year       SMALLINT     NOT NULL PRIMARY KEY,
    source     VARCHAR(300) NOT NULL,
    -- null: shipped with the platform, or copied from transfer-service's event
    updated_by BIGINT       NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);

CREATE TABLE holiday_calendar (
    day      DATE        NOT NULL PRIMARY KEY,
    year     SMALLINT    NOT NULL,
    -- DAY_OFF | WORKING_DAY
    kind     VARCHAR(16) NOT NULL,
    festival VARCHAR(20) NOT NULL,
    KEY idx_holiday_calendar_year (year),
    CONSTRAINT fk_holiday_calendar_year FOREIGN KEY (year) REFERENCES holiday_calendar_year (year)
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日，新华社当日全文播发）.
-- 33 days off, 6 adjusted working days. Each festival as the notice words it:
INSERT INTO holiday_calendar_year (year, source) VALUES
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）');

INSERT INTO holiday_calendar (day, year, kind, festival) VALUES
    -- 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    ('2026-01-01', 2026, 'DAY_OFF', '元旦'), ('2026-01-02', 2026, 'DAY_OFF', '元旦'),
    ('2026-01-03', 2026, 'DAY_OFF', '元旦'),
    ('2026-01-04', 2026, 'WORKING_DAY', '元旦'),
    -- 二、春节：2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    ('2026-02-15', 2026, 'DAY_OFF', '春节'), ('2026-02-16', 2026, 'DAY_OFF', '春节'),
    ('2026-02-17', 2026, 'DAY_OFF', '春节'), ('2026-02-18', 2026, 'DAY_OFF', '春节'),
    ('2026-02-19', 2026, 'DAY_OFF', '春节'), ('2026-02-20', 2026, 'DAY_OFF', '春节'),
    ('2026-02-21', 2026, 'DAY_OFF', '春节'), ('2026-02-22', 2026, 'DAY_OFF', '春节'),
    ('2026-02-23', 2026, 'DAY_OFF', '春节'),
    ('2026-02-14', 2026, 'WORKING_DAY', '春节'), ('2026-02-28', 2026, 'WORKING_DAY', '春节'),
    -- 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    ('2026-04-04', 2026, 'DAY_OFF', '清明节'), ('2026-04-05', 2026, 'DAY_OFF', '清明节'),
    ('2026-04-06', 2026, 'DAY_OFF', '清明节'),
    -- 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    ('2026-05-01', 2026, 'DAY_OFF', '劳动节'), ('2026-05-02', 2026, 'DAY_OFF', '劳动节'),
    ('2026-05-03', 2026, 'DAY_OFF', '劳动节'), ('2026-05-04', 2026, 'DAY_OFF', '劳动节'),
    ('2026-05-05', 2026, 'DAY_OFF', '劳动节'),
    ('2026-05-09', 2026, 'WORKING_DAY', '劳动节'),
    -- 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    ('2026-06-19', 2026, 'DAY_OFF', '端午节'), ('2026-06-20', 2026, 'DAY_OFF', '端午节'),
    ('2026-06-21', 2026, 'DAY_OFF', '端午节'),
    -- 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    ('2026-09-25', 2026, 'DAY_OFF', '中秋节'), ('2026-09-26', 2026, 'DAY_OFF', '中秋节'),
    ('2026-09-27', 2026, 'DAY_OFF', '中秋节'),
    -- 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    ('2026-10-01', 2026, 'DAY_OFF', '国庆节'), ('2026-10-02', 2026, 'DAY_OFF', '国庆节'),
    ('2026-10-03', 2026, 'DAY_OFF', '国庆节'), ('2026-10-04', 2026, 'DAY_OFF', '国庆节'),
    ('2026-10-05', 2026, 'DAY_OFF', '国庆节'), ('2026-10-06', 2026, 'DAY_OFF', '国庆节'),
    ('2026-10-07', 2026, 'DAY_OFF', '国庆节'),
    ('2026-09-20', 2026, 'WORKING_DAY', '国庆节'), ('2026-10-10', 2026, 'WORKING_DAY', '国庆节');

-- 2027: the notice for 2027 was not in the sources this calendar was typed from, so 2027 is not shipped.
-- When the State Council publishes it, the city administrator sets it with PUT /api/transfers/calendar/2027;
-- until then computations reaching 2027 count Monday to Friday and warn once per process.
