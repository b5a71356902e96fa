-- Issue 18, items 18 and 19. The transfer reason becomes a code of the code-tables kit's 组织关系转接原因, the text
-- typed so far kept beside it as a note; the outside organisation's place becomes a GB/T 2260 region code
-- (external_region) plus the street detail (external_address), and across_provinces is derived from the region
-- codes, never ticked. V11 (a Java migration: it reads the kit's tables) fills the codes of existing rows.
ALTER TABLE transfer CHANGE COLUMN reason reason_note VARCHAR(500) NULL;
ALTER TABLE transfer
    ADD COLUMN reason_code     VARCHAR(4) NULL,
    ADD COLUMN external_region CHAR(6)    NULL;
