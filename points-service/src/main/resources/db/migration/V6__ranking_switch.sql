-- Issue 18, item 14 (fingertip formalism): rankings are shown to nobody, administrators included, unless the
-- organisation turned them on. The setting that said whether members see their own rank becomes that one
-- switch; an organisation that had turned it on keeps its rankings shown.
ALTER TABLE ranking_visibility CHANGE members_see_own shown BOOLEAN NOT NULL;
