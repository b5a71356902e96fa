package org.dangjian.cadre.quarter;

/** Where an organisation's quarterly update stands. */
public enum TaskStatus {
    /** Confirmed (in time or late). */
    CONFIRMED("已确认"),
    /** Not yet confirmed, not yet due. */
    OPEN("待确认"),
    /** Not confirmed and past its due date. */
    OVERDUE("已逾期");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
