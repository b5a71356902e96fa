package org.dangjian.points.meeting;

/** Where a meeting stands: announced and still to be held, called off, or on record as organisational life. */
public enum MeetingStatus {
    PLANNED("已通知"),
    CANCELLED("已取消"),
    COMPLETED("已完成");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
