-- Expert lectures (专家讲座预约): experts on an organisation's roster, the time slots they give with a capacity
-- (how many organisations may book the slot), offered to the organisations of that organisation's subtree, and
-- the bookings organisations' administrators make. lecture_slot.booked counts live bookings: a booking takes a
-- place with one conditional UPDATE (booked < capacity), so two administrators racing for the last place get one
-- booking between them. active_org_id is the booking organisation while the booking stands and NULL after:
-- the unique key lets an organisation hold one live booking per slot and book again after cancelling.
-- lecture_booking.starts_at repeats its slot's (slots are not rescheduled) so an organisation's coming bookings
-- are read in its scope without the slots above it.
CREATE TABLE lecture_expert (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id     BIGINT       NOT NULL,
    org_path   VARCHAR(255) NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    title      VARCHAR(100) NOT NULL,
    topics     VARCHAR(500) NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    KEY lecture_expert_org_path (org_path)
);

CREATE TABLE lecture_slot (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    expert_id    BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    org_path     VARCHAR(255) NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    place        VARCHAR(200) NOT NULL,
    starts_at    DATETIME     NOT NULL,
    ends_at      DATETIME     NOT NULL,
    cancel_until DATETIME     NOT NULL,
    capacity     INT          NOT NULL,
    booked       INT          NOT NULL DEFAULT 0,
    status       VARCHAR(16)  NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY lecture_slot_org_path (org_path, starts_at),
    KEY lecture_slot_expert (expert_id, starts_at)
);

CREATE TABLE lecture_booking (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    slot_id       BIGINT       NOT NULL,
    starts_at     DATETIME     NOT NULL,
    org_id        BIGINT       NOT NULL,
    org_path      VARCHAR(255) NOT NULL,
    active_org_id BIGINT       NULL,
    attendees     INT          NOT NULL,
    note          VARCHAR(200) NULL,
    status        VARCHAR(16)  NOT NULL,
    booked_by     BIGINT       NOT NULL,
    booked_at     DATETIME(6)  NOT NULL,
    ended_by      BIGINT       NULL,
    ended_at      DATETIME(6)  NULL,
    reminded_at   DATETIME(6)  NULL,
    UNIQUE KEY lecture_booking_live (slot_id, active_org_id),
    KEY lecture_booking_org_path (org_path, starts_at),
    KEY lecture_booking_due (status, reminded_at, slot_id)
);
