-- Organisations' own rankings switch as points-service announces it (points.ranking-visibility-changed): the
-- nearest setting on a path wins, none means off (the 2023 directive against "fingertip formalism").
CREATE TABLE ranking_visibility (
    org_id     BIGINT      NOT NULL PRIMARY KEY,
    shown      BOOLEAN     NOT NULL,
    changed_at DATETIME(6) NOT NULL
);
