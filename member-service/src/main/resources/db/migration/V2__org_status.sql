-- Dissolved organisations take no new members (org.dissolved).
ALTER TABLE org_ref ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
