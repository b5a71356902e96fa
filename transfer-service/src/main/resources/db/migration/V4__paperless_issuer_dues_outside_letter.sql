-- Issue 18, items 5, 6 and 9.
-- The organisation in whose name the letter is issued and stamped: the approval chain's last level (the
-- committee that approves the transfer) or, when no level approves, the organisation department.
-- Within the city no letter is issued: letter_valid_until is then the day the member must report by.
ALTER TABLE transfer
    ADD COLUMN letter_issuer_org_id   BIGINT       NULL,
    ADD COLUMN letter_issuer_name     VARCHAR(100) NULL,
    -- into the city: the letter the outside organisation issued, recorded, with its scan
    ADD COLUMN outside_letter_number  VARCHAR(64)  NULL,
    ADD COLUMN outside_letter_date    DATE         NULL,
    ADD COLUMN outside_letter_issuer  VARCHAR(200) NULL,
    ADD COLUMN outside_letter_scan_key  VARCHAR(300) NULL,
    ADD COLUMN outside_letter_scan_type VARCHAR(64)  NULL,
    -- why the registering administrator typed a dues month other than points-service's record
    ADD COLUMN dues_override_reason   VARCHAR(200) NULL;

-- The last month each member's dues are paid for, as points-service announces payments
-- (points.dues-paid): the letter's dues month comes from here unless the administrator overrides it.
CREATE TABLE member_dues (
    member_id  BIGINT      NOT NULL,
    paid_until CHAR(7)     NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
