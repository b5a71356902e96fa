package org.dangjian.contracts.auth;

/**
 * An open id no longer stands for the account: the account bound another WeChat user in its place, or
 * the binding was removed. Consumers forget that open id for that account (and only that one: a later
 * {@link WechatBound} of the same account may already have named a new one). The open id travels sealed, as in
 * {@link WechatBound}.
 */
public record WechatUnbound(long accountId, String openId) implements AccountEvent {
    public static final String TYPE = "dj.auth.wechat-unbound.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
