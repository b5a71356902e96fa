-- Members who left or died are anonymised once their retention period after leaving is past (FORMER_MEMBER,
-- privacy-kit): the record stays for the counts, without the person. Their numbers go, so the columns may be
-- empty (a unique key takes any number of NULLs), and the record says when it happened.
ALTER TABLE member
    MODIFY id_number_enc    VARCHAR(255) NULL,
    MODIFY id_number_idx    CHAR(64)     NULL,
    MODIFY id_number_masked VARCHAR(32)  NULL,
    ADD COLUMN anonymised_at DATETIME(6) NULL;

-- What the nightly run looks for: members who left, by the day they left.
ALTER TABLE member ADD KEY idx_member_left (state, status_date);
