package org.dangjian.org.audit;

/** What an audit row records: account operations and every kind of login. */
public enum AuditAction {
    ACCOUNT_CREATE("新建账号"), PASSWORD_CHANGE("修改密码"), ACCOUNT_LOCK("锁定账号"),
    ACCOUNT_UPDATE("修改账号"), ACCOUNT_DISABLE("停用账号"), ACCOUNT_ENABLE("启用账号"), ACCOUNT_UNLOCK("解锁账号"),
    PASSWORD_RESET("重置密码"),
    SECOND_FACTOR_ON("开启两步验证"), SECOND_FACTOR_OFF("关闭两步验证"), SECOND_FACTOR_RESET("重置两步验证"),
    LOGIN_SECOND_FACTOR("两步验证登录"),
    LOGIN_PASSWORD("密码登录"), LOGIN_REFRESH("刷新令牌"), LOGIN_SMS("短信验证码登录"), LOGIN_WECHAT("微信登录"),
    WECHAT_BIND("绑定微信"),
    /** A service asked for a service token (the username column holds {@code service:<name>}). */
    LOGIN_SERVICE("服务令牌");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
