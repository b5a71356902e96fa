package org.dangjian.notify.message;

/** Why a message is held back instead of sent now. */
public enum HeldReason {
    /** Non-urgent messages wait for the morning. */
    QUIET_HOURS("夜间免打扰"),
    /** The phone already had its day's share of non-urgent SMS; an administrator may resend it. */
    DAILY_LIMIT("超出每日条数"),
    /** The provider refuses more messages to this number today: it goes the next morning by itself. */
    PROVIDER_LIMIT("服务商当日限额");

    private final String label;

    HeldReason(String label) {
        this.label = label;
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }
}
