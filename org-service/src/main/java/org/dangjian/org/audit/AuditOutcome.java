package org.dangjian.org.audit;

public enum AuditOutcome {
    SUCCESS("成功"), FAILURE("失败");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
