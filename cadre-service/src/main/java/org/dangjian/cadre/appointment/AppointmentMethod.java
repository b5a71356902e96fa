package org.dangjian.cadre.appointment;

/** How a cadre came to the post: elected (选举), appointed (任命) or assigned by the higher level (选派). */
public enum AppointmentMethod {
    ELECTED("选举"),
    APPOINTED("任命"),
    ASSIGNED("选派");

    private final String label;

    AppointmentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
