-- Administrators' second factor (issue 16, item 9): after the password, a code from an authenticator app
-- (TOTP, RFC 6238) or sent by SMS to the account's phone. The TOTP secret is stored encrypted like the phone;
-- totp_last_step is the last 30-second step whose code was accepted, so a code works once.
ALTER TABLE account
    ADD COLUMN second_factor        VARCHAR(8)   NULL COMMENT 'TOTP or SMS; NULL: the password alone',
    ADD COLUMN totp_secret_enc      VARCHAR(255) NULL COMMENT 'the TOTP secret, encrypted (keyId:ciphertext)',
    ADD COLUMN totp_last_step       BIGINT       NULL,
    ADD COLUMN second_factor_since  DATETIME(6)  NULL;
