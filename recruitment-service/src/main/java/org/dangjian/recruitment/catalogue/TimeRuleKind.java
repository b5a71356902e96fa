package org.dangjian.recruitment.catalogue;

/** EARLIEST refuses the step before the date, DUE is the deadline that reminders and the overdue list follow
 * without refusing a late step, LATEST refuses it after the date. */
public enum TimeRuleKind {
    EARLIEST("最早"),
    DUE("应完成"),
    LATEST("最迟");

    private final String label;

    TimeRuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
