-- An import names members as people do, by name and date of birth (cadre-service's roster import): found by name.
CREATE INDEX idx_member_ref_name ON member_ref (name);
