package org.dangjian.org.audit;

/** What an audit row records: account operations and every kind of login. */
public enum AuditAction {
    ACCOUNT_CREATE, PASSWORD_CHANGE, ACCOUNT_LOCK,
    ACCOUNT_UPDATE, ACCOUNT_DISABLE, ACCOUNT_ENABLE, ACCOUNT_UNLOCK, PASSWORD_RESET,
    LOGIN_PASSWORD, LOGIN_REFRESH, LOGIN_SMS, LOGIN_WECHAT, WECHAT_BIND,
    /** A service asked for a service token (the username column holds {@code service:<name>}). */
    LOGIN_SERVICE
}
