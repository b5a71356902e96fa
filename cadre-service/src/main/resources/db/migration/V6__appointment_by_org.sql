-- The daily run opens a quarter's task for each organisation with a post held (EXISTS by organisation): without an
-- index by organisation it read every appointment once per organisation (4.1 s at Kunshan's scale, CadreBenchmark).
CREATE INDEX appointment_org ON appointment (org_id, ends_on);
-- The analysis reads every appointment of a subtree once: everything it needs of them is in this index, so the
-- pass over the whole city's 30,000 stays in it instead of looking each row up again.
CREATE INDEX appointment_subtree ON appointment (org_path, cadre_id, org_id, position, starts_on, ends_on);
