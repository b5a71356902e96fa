package org.dangjian.org.account;

/** {@code account.status}: a DISABLED account cannot log in or refresh. */
public enum AccountStatus {
    ACTIVE("正常"), DISABLED("已停用");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
