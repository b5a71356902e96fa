-- Members' WeChat mini-program users, from org-service's auth.wechat-bound / auth.wechat-unbound: one
-- per account (org-service keeps one WeChat user per account), found by member id. The open id is kept
-- as it is, not encrypted like phones: it is WeChat's pseudonym of the user inside our mini-program
-- only (another app sees another id), no phone or ID number, and useless without our app's secret.
CREATE TABLE wechat_contact (
    account_id  BIGINT       NOT NULL,
    member_id   BIGINT       NULL,
    openid      VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id),
    KEY idx_wechat_contact_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A WECHAT message goes to an open id, not a phone: its phone columns stay empty (and so it counts
-- nowhere in a phone's daily SMS share), its open id is set.
ALTER TABLE message
    MODIFY phone_enc VARCHAR(255) NULL,
    MODIFY phone_idx CHAR(64) NULL,
    ADD COLUMN open_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER phone_idx;

-- Which WeChat fields of a kind's subscribe-message template carry which of our variables
-- ("thing1=name,number2=years"), set with the template id by the city administrator.
ALTER TABLE message_template
    ADD COLUMN wechat_fields VARCHAR(500) NULL AFTER wechat_template_id;
