-- Going live: cases part-way through come from a file with the dates of their past steps. Such a step is
-- marked as recorded before the platform: its evidence, vote, people and fields were kept on paper.
ALTER TABLE case_step ADD COLUMN before_platform BOOLEAN NOT NULL DEFAULT FALSE
    COMMENT 'imported: done before the platform, its evidence on paper';
