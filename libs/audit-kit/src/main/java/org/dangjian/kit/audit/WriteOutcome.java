package org.dangjian.kit.audit;

/** How a write ended, from the status the service answered. */
public enum WriteOutcome {
    /** 2xx and 3xx. */
    OK("成功"),
    /** 4xx: refused (no right, out of scope, invalid, a conflict). */
    REFUSED("被拒绝"),
    /** 5xx: the service failed. */
    FAILED("出错");

    private final String label;

    WriteOutcome(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }

    static WriteOutcome of(int status) {
        return status >= 500 ? FAILED : status >= 400 ? REFUSED : OK;
    }
}
