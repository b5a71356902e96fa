package org.dangjian.contracts.auth;

/**
 * A WeChat mini-program user (open id) was bound to an account, after proving the account's phone with
 * an SMS code. notify-service keeps the open id to send the member WeChat subscribe messages. The open
 * id is WeChat's pseudonym of the user inside our mini-program only (another app sees another id), not
 * a phone or ID number, so consumers may store it as is; it still travels sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear),
 * so that the outbox and the topic hold no identifier of a person. {@code memberId} is null for an account that
 * is not a member's.
 */
public record WechatBound(long accountId, Long memberId, String openId) implements AccountEvent {
    public static final String TYPE = "dj.auth.wechat-bound.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
