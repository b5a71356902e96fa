package org.dangjian.points.meeting;

/** How a member's presence was taken: by scanning the meeting's QR code, or ticked by the secretary. */
public enum CheckInHow {
    CODE("扫码签到"),
    SECRETARY("书记代签");

    private final String label;

    CheckInHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
