package org.dangjian.org.auth.wechat;

/** A WeChat user with no bound account: the 401 carries a ticket to bind with phone and SMS code. */
class WechatNotBound extends RuntimeException {
    private final String ticket;
    private final long expiresIn;

    WechatNotBound(String ticket, long expiresIn) {
        super(WechatLogin.WECHAT_NOT_BOUND);
        this.ticket = ticket;
        this.expiresIn = expiresIn;
    }

    String ticket() {
        return ticket;
    }

    long expiresIn() {
        return expiresIn;
    }
}
