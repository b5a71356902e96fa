-- A cadre who is not a member keeps their own ID and mobile numbers here (a member's are in member-service): encrypted
-- with crypto-kit (AES-GCM or SM4, key id in the value), masked for display, the ID number blind-indexed so that one
-- person is recorded once.
ALTER TABLE cadre
    ADD COLUMN id_number_enc    VARCHAR(255) NULL,
    ADD COLUMN id_number_idx    CHAR(64)     NULL,
    ADD COLUMN id_number_masked VARCHAR(32)  NULL,
    ADD COLUMN phone_enc        VARCHAR(255) NULL,
    ADD COLUMN phone_masked     VARCHAR(32)  NULL,
    ADD UNIQUE KEY cadre_id_number (id_number_idx);
