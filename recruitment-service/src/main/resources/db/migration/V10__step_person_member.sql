-- A former member anonymised after their retention period is taken off the steps that named them (introducer,
-- training contact): found by member.
ALTER TABLE step_person ADD KEY idx_step_person_member (member_id);
