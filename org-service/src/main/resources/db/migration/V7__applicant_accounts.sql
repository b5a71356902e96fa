-- An applicant's account (issue 19): opened from recruitment.case-opened, role APPLICANT, logging in by SMS code
-- only. applicant_id is the recruitment case; once the applicant is admitted the same account becomes the
-- member's (member_id set, role MEMBER) and keeps applicant_id, so the member still finds their development
-- record and a redelivered case-opened event opens no second account.
ALTER TABLE account
    ADD COLUMN applicant_id BIGINT NULL COMMENT 'the recruitment case the account was opened for',
    ADD UNIQUE KEY uk_account_applicant (applicant_id);
