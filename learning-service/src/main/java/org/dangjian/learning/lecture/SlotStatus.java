package org.dangjian.learning.lecture;

/** Whether a lecture slot is still on. */
public enum SlotStatus {
    OPEN("可预约"),
    WITHDRAWN("已取消");

    private final String label;

    SlotStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
