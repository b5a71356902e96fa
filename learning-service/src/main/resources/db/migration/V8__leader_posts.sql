-- Who sits on a Party organisation's committee (书记和班子成员: secretary, deputy secretary, committee member) and
-- when, as cadre-service announces it (cadre.appointment-changed, members only): their yearly class hours are
-- measured against the leaders' requirement (56 by the national plan) instead of the members' (32).
CREATE TABLE leader_post (
    appointment_id BIGINT      NOT NULL PRIMARY KEY,
    member_id      BIGINT      NOT NULL,
    org_id         BIGINT      NOT NULL,
    position       VARCHAR(24) NOT NULL,
    starts_on      DATE        NOT NULL,
    ends_on        DATE        NULL,
    KEY leader_post_member (member_id, starts_on)
);
