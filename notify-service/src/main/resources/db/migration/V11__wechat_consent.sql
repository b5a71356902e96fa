-- How many WeChat subscribe messages of a kind each member has allowed. WeChat's one-time subscription lets the
-- mini-program send one message for each "allow" the member ticked (wx.requestSubscribeMessage): each
-- acceptance adds one, each WeChat message sent takes one, a refusal sets it to 0. Without one, the member
-- gets the SMS alone: a WeChat message would only be refused by WeChat (43101).
CREATE TABLE wechat_consent (
    member_id  BIGINT      NOT NULL,
    kind       VARCHAR(48) NOT NULL,
    allowed    INT         NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's own message history is read by recipient.
ALTER TABLE message ADD KEY idx_message_recipient (recipient_key, created_at);
