package org.dangjian.learning.lecture;

/** A booking stands, was given up by its organisation, or fell with its slot. */
public enum BookingStatus {
    BOOKED("已预约"),
    CANCELLED("已取消预约"),
    WITHDRAWN("讲座已取消");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
