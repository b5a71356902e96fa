-- Another service's read of members' contacts is audited too; a service has no account id (its name is in
-- actor_username as service:<name>).
ALTER TABLE sensitive_read_audit MODIFY actor_id BIGINT NULL;
