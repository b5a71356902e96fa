-- privacy-kit writes this table for every service that keeps ID or phone numbers, naming the person read about
-- subject_id (the service's own id: here the member's). The column was member_id before the kit.
ALTER TABLE sensitive_read_audit RENAME COLUMN member_id TO subject_id;
ALTER TABLE sensitive_read_audit RENAME INDEX idx_sensitive_read_member TO idx_sensitive_read_subject;
