package org.dangjian.org.account;

/** {@code account.status}: a DISABLED account cannot log in or refresh. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
